/// An RDF 1.1 term: an IRI, a blank node or a literal.
public enum Term: Hashable, Sendable, Comparable {
    case iri(String)
    case blankNode(String)
    case literal(Literal)

    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case let (.blankNode(a), .blankNode(b)): return a < b
        case let (.iri(a), .iri(b)): return a < b
        case let (.literal(a), .literal(b)): return a < b
        default: return lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .blankNode: return 0
        case .iri: return 1
        case .literal: return 2
        }
    }

    public var isIRI: Bool { if case .iri = self { return true } else { return false } }
    public var isBlankNode: Bool { if case .blankNode = self { return true } else { return false } }
    public var isLiteral: Bool { if case .literal = self { return true } else { return false } }

    public var iriValue: String? { if case .iri(let v) = self { return v } else { return nil } }
    public var literalValue: Literal? { if case .literal(let l) = self { return l } else { return nil } }

    /// A plain `xsd:string` literal.
    public static func string(_ value: String) -> Term { .literal(Literal(value)) }
    /// A language-tagged literal.
    public static func langString(_ value: String, _ language: String) -> Term {
        .literal(Literal(value, language: language))
    }
    /// A typed literal.
    public static func typed(_ value: String, _ datatype: String) -> Term {
        .literal(Literal(value, datatype: datatype))
    }
}

/// An RDF literal: a lexical form with a datatype IRI, and a language tag for `rdf:langString`.
public struct Literal: Hashable, Sendable, Comparable {
    public var lexicalForm: String
    public var datatype: String
    /// Lower-cased language tag (BCP 47 tags compare case-insensitively), or nil.
    public var language: String?

    /// A literal typed `xsd:string`, or a typed literal when `datatype` is given.
    public init(_ lexicalForm: String, datatype: String = XSD.string) {
        self.lexicalForm = lexicalForm
        self.datatype = datatype
        self.language = nil
    }

    /// A language-tagged string (`rdf:langString`).
    public init(_ lexicalForm: String, language: String) {
        self.lexicalForm = lexicalForm
        self.datatype = RDFVocabulary.langString
        self.language = language.lowercased()
    }

    public var isLanguageTagged: Bool { language != nil }
    public var isPlainString: Bool { language == nil && datatype == XSD.string }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        if lhs.lexicalForm != rhs.lexicalForm { return lhs.lexicalForm < rhs.lexicalForm }
        if lhs.datatype != rhs.datatype { return lhs.datatype < rhs.datatype }
        return (lhs.language ?? "") < (rhs.language ?? "")
    }
}

extension Term: CustomStringConvertible {
    /// The N-Triples form of the term.
    public var description: String {
        switch self {
        case .iri(let v): return "<" + NTriplesEscaping.escapeIRI(v) + ">"
        case .blankNode(let id): return "_:" + id
        case .literal(let l): return l.description
        }
    }
}

extension Literal: CustomStringConvertible {
    /// The N-Triples form of the literal.
    public var description: String {
        var out = "\"" + NTriplesEscaping.escapeString(lexicalForm) + "\""
        if let language { out += "@" + language } else if datatype != XSD.string {
            out += "^^<" + NTriplesEscaping.escapeIRI(datatype) + ">"
        }
        return out
    }
}

/// Escaping rules shared by the N-Triples family of serializers.
public enum NTriplesEscaping {
    public static func escapeString(_ s: String) -> String {
        var needs = false
        for b in s.utf8 where b == 0x22 || b == 0x5C || b == 0x0A || b == 0x0D { needs = true; break }
        if !needs { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    public static func escapeIRI(_ s: String) -> String {
        var needs = false
        for b in s.utf8 where b <= 0x20 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x7B || b == 0x7D
            || b == 0x7C || b == 0x5E || b == 0x60 || b == 0x5C { needs = true; break }
        if !needs { return s }
        var out = ""
        for ch in s.unicodeScalars {
            let v = ch.value
            if v <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(ch) {
                out += "\\u" + hex4(v)
            } else { out.unicodeScalars.append(ch) }
        }
        return out
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
