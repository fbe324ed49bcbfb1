import RDF

/// Parses N-Triples (W3C RDF 1.1 N-Triples), streaming.
public struct NTriplesParser: Sendable {
    public var blankNodePrefix: String
    public init(base: String? = nil, blankNodePrefix: String = "") { self.blankNodePrefix = blankNodePrefix }

    public func parse(_ source: ByteSource, _ handler: (Quad) throws -> Void) throws {
        try LineBasedParser(source: source, quads: false, blankNodePrefix: blankNodePrefix).parse(handler)
    }
}

/// Parses N-Quads (W3C RDF 1.1 N-Quads), streaming.
public struct NQuadsParser: Sendable {
    public var blankNodePrefix: String
    public init(base: String? = nil, blankNodePrefix: String = "") { self.blankNodePrefix = blankNodePrefix }

    public func parse(_ source: ByteSource, _ handler: (Quad) throws -> Void) throws {
        try LineBasedParser(source: source, quads: true, blankNodePrefix: blankNodePrefix).parse(handler)
    }
}

/// The shared line-based grammar of N-Triples and N-Quads.
final class LineBasedParser {
    private let lex: Lexer
    private let quads: Bool
    private var r: TextReader { lex.r }

    init(source: ByteSource, quads: Bool, blankNodePrefix: String) {
        lex = Lexer(reader: TextReader(source: source, fileName: source.name), blankNodePrefix: blankNodePrefix)
        self.quads = quads
    }

    func parse(_ handler: (Quad) throws -> Void) throws {
        while true {
            try lex.skipWhitespace()
            guard try r.peek() != nil else { return }
            let s = try subject()
            try lex.skipInlineSpace()
            guard try r.peek() == 0x3C else { throw lex.unexpected(expected: "a predicate IRI") }
            let p = Term.iri(try absoluteIRI())
            try lex.skipInlineSpace()
            let o = try object()
            try lex.skipInlineSpace()
            var g: Term?
            if quads, let b = try r.peek(), b == 0x3C || b == 0x5F {
                g = b == 0x3C ? .iri(try absoluteIRI()) : .blankNode(try lex.readBlankNodeLabel())
                try lex.skipInlineSpace()
            }
            try lex.expect(0x2E, "'.' at the end of the statement")
            try lex.skipInlineSpace()
            if try r.peek() == 0x23 { try lex.skipComment() }
            if let b = try r.peek(), b != 0x0A && b != 0x0D {
                throw lex.unexpected(expected: "end of line after '.'")
            }
            try handler(Quad(s, p, o, graph: g))
        }
    }

    private func subject() throws -> Term {
        switch try r.peek() {
        case 0x3C: return .iri(try absoluteIRI())
        case 0x5F: return .blankNode(try lex.readBlankNodeLabel())
        default: throw lex.unexpected(expected: "a subject (IRI or blank node)")
        }
    }

    private func object() throws -> Term {
        switch try r.peek() {
        case 0x3C: return .iri(try absoluteIRI())
        case 0x5F: return .blankNode(try lex.readBlankNodeLabel())
        case 0x22:
            let lexical = try lex.readString(allowLong: false)
            if try r.peek() == 0x40 {
                return .literal(Literal(lexical, language: try lex.readLangTag()))
            }
            if try r.peek() == 0x5E {
                guard try r.peek(1) == 0x5E else { throw r.error("expected '^^'") }
                r.pos += 2
                guard try r.peek() == 0x3C else { throw lex.unexpected(expected: "a datatype IRI") }
                return .literal(Literal(lexical, datatype: try absoluteIRI()))
            }
            return .literal(Literal(lexical))
        default: throw lex.unexpected(expected: "an object (IRI, blank node or literal)")
        }
    }

    private func absoluteIRI() throws -> String {
        let line = r.line, start = r.pos
        let iri = try lex.readIRIRef()
        if !lex.lastIRIHasScheme {
            // IRIs do not span lines, so the IRI's start is still on the current line.
            throw RDFSyntaxError(file: r.fileName, line: line, column: r.column(at: start - r.pos),
                                 message: "relative IRI <\(iri)> not allowed")
        }
        return iri
    }
}
