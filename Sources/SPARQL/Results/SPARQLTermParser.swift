import RDF

/// Parses one RDF term written in SPARQL/Turtle syntax (as in TSV results): `<iri>`, `_:label`,
/// quoted literals with `@lang` or `^^<datatype>`, bare numbers and booleans.
enum SPARQLTermParser {
    struct Failure: Error { var offset: Int; var message: String }

    static func parse(_ text: String) throws -> Term {
        let s = Array(text.unicodeScalars)
        guard let first = s.first else { throw Failure(offset: 0, message: "empty term") }
        if first == "<" {
            guard s.last == ">", s.count >= 2 else { throw Failure(offset: 0, message: "unterminated IRI") }
            return .iri(try unescape(s[1..<(s.count - 1)], offset: 1))
        }
        if text.hasPrefix("_:") {
            guard text.count > 2 else { throw Failure(offset: 0, message: "empty blank node label") }
            return .blankNode(String(text.dropFirst(2)))
        }
        if first == "\"" || first == "'" {
            var i = 1
            while i < s.count && s[i] != first { i += s[i] == "\\" ? 2 : 1 }
            guard i < s.count else { throw Failure(offset: 0, message: "unterminated string") }
            let lexical = try unescape(s[1..<i], offset: 1)
            let rest = s[(i + 1)...]
            if rest.isEmpty { return .string(lexical) }
            if rest.first == "@" {
                let tag = String(String.UnicodeScalarView(rest.dropFirst()))
                guard !tag.isEmpty else { throw Failure(offset: i + 1, message: "empty language tag") }
                return .langString(lexical, tag)
            }
            if rest.starts(with: "^^<".unicodeScalars), rest.last == ">" {
                let dt = try unescape(rest.dropFirst(3).dropLast(), offset: i + 4)
                return .typed(lexical, dt)
            }
            throw Failure(offset: i + 1, message: "unexpected text after string")
        }
        if text == "true" || text == "false" { return .typed(text, XSD.boolean) }
        if XSDLexical.isInteger(text) { return .typed(text, XSD.integer) }
        if XSDLexical.isDecimal(text) { return .typed(text, XSD.decimal) }
        if XSDLexical.isFloatingPoint(text) && (text.contains("e") || text.contains("E")) { return .typed(text, XSD.double) }
        throw Failure(offset: 0, message: "not an RDF term: \(text)")
    }

    /// Resolves `\t \n \r \b \f \" \' \\` and `\uXXXX` / `\UXXXXXXXX`.
    static func unescape(_ s: ArraySlice<Unicode.Scalar>, offset: Int) throws -> String {
        var out = String.UnicodeScalarView()
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            guard c == "\\" else { out.append(c); i += 1; continue }
            guard i + 1 < s.endIndex else { throw Failure(offset: offset + i - s.startIndex, message: "dangling backslash") }
            let e = s[i + 1]
            switch e {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "\"", "'", "\\": out.append(e)
            case "u", "U":
                let n = e == "u" ? 4 : 8
                guard i + 2 + n <= s.endIndex,
                      let v = UInt32(String(String.UnicodeScalarView(s[(i + 2)..<(i + 2 + n)])), radix: 16),
                      let scalar = Unicode.Scalar(v) else {
                    throw Failure(offset: offset + i - s.startIndex, message: "bad \\\(e) escape")
                }
                out.append(scalar)
                i += n
            default: throw Failure(offset: offset + i - s.startIndex, message: "unknown escape \\\(e)")
            }
            i += 2
        }
        return String(out)
    }
}
