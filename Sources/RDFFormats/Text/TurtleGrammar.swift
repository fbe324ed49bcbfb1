import RDF

/// The recursive-descent grammar of Turtle and TriG over the shared lexer.
final class TurtleGrammar {
    private let lex: Lexer
    private var r: TextReader { lex.r }
    private let trig: Bool
    private var base: String?
    private var prefixes: [String: String] = [:]
    private var graph: Term?
    private var localBytes: [UInt8] = []
    /// Open collections and blank node property lists; each costs stack, so nesting is bounded
    /// (found by fuzzing: `((((…` 10 000 deep overflowed the stack).
    private var nesting = 0
    static let maxNesting = 512
    var emit: (Quad) throws -> Void = { _ in }
    /// The line the reader is on (when a triple is emitted: the line its object ends on).
    var line: Int { lex.r.line }
    var onPrefix: (String, String) -> Void = { _, _ in }

    init(source: ByteSource, base: String?, trig: Bool, blankNodePrefix: String) {
        lex = Lexer(reader: TextReader(source: source, fileName: source.name), blankNodePrefix: blankNodePrefix)
        self.base = base
        self.trig = trig
    }

    func parseDocument() throws {
        while true {
            try lex.skipWhitespace()
            guard let b = try r.peek() else { return }
            if b == 0x40 {
                try atDirective()
                continue
            }
            if let word = try bareWord() {
                let upper = word.uppercased()
                if upper == "PREFIX" || upper == "BASE" {
                    r.pos += word.utf8.count
                    try lex.skipWhitespace()
                    if upper == "PREFIX" { try prefixBody() } else { try baseBody() }
                    continue
                }
                if trig && upper == "GRAPH" {
                    r.pos += word.utf8.count
                    try lex.skipWhitespace()
                    let name = try graphLabel()
                    try lex.skipWhitespace()
                    try wrappedGraph(name)
                    continue
                }
            }
            if trig { try trigBlock() } else {
                try triples()
                try lex.skipWhitespace()
                try lex.expect(0x2E, "'.' at the end of the triples")
            }
        }
    }

    // MARK: directives

    private func atDirective() throws {
        var i = 1
        while let b = try r.peek(i), isAlpha(b) { i += 1 }
        let word = try r.string(at: 1, count: i - 1)
        if word == "prefix" {
            r.pos += i
            try lex.skipWhitespace()
            try prefixBody()
        } else if word == "base" {
            r.pos += i
            try lex.skipWhitespace()
            try baseBody()
        } else {
            throw r.error("unknown directive '@\(word)': expected '@prefix' or '@base'")
        }
        try lex.skipWhitespace()
        try lex.expect(0x2E, "'.' after the directive")
    }

    private func prefixBody() throws {
        let name = try pnamePrefix()
        try lex.skipWhitespace()
        guard try r.peek() == 0x3C else { throw lex.unexpected(expected: "an IRI for prefix '\(name):'") }
        let iri = try iriRef()
        prefixes[name] = iri
        onPrefix(name, iri)
    }

    private func baseBody() throws {
        guard try r.peek() == 0x3C else { throw lex.unexpected(expected: "a base IRI") }
        base = try iriRef()
    }

    /// Reads `PN_PREFIX? ':'` (the prefix of a prefix declaration).
    private func pnamePrefix() throws -> String {
        let n = try scanPrefix()
        guard try r.peek(n) == 0x3A else { throw lex.unexpected(expected: "a prefix name followed by ':'") }
        let name = try r.string(at: 0, count: n)
        r.pos += n + 1
        return name
    }

    /// A word of letters at the current position, if any (for keywords), without consuming it.
    private func bareWord() throws -> String? {
        var i = 0
        while let b = try r.peek(i), isAlpha(b) { i += 1 }
        if i == 0 { return nil }
        if let next = try r.peek(i), next == 0x3A || isDigit(next) || next == 0x5F || next == 0x2D || next >= 0x80 {
            return nil
        }
        return try r.string(at: 0, count: i)
    }

    // MARK: TriG blocks

    private func trigBlock() throws {
        let b = try r.peek()
        if b == 0x7B { try wrappedGraph(nil); return }
        if b == 0x5B {
            // `[ ... ]` is either a graph label (when `{` follows an empty `[]`) or a subject.
            if try isEmptyAnon() {
                let node = try anon()
                try lex.skipWhitespace()
                if try r.peek() == 0x7B { try wrappedGraph(node); return }
                try predicateObjectList(node)
            } else {
                let node = try blankNodePropertyList()
                try lex.skipWhitespace()
                if let c = try r.peek(), c != 0x2E { try predicateObjectList(node) }
            }
        } else if b == 0x28 {
            let node = try collection()
            try lex.skipWhitespace()
            try predicateObjectList(node)
        } else {
            let s = try subjectIRIOrBlank()
            try lex.skipWhitespace()
            if try r.peek() == 0x7B { try wrappedGraph(s); return }
            try predicateObjectList(s)
        }
        try lex.skipWhitespace()
        try lex.expect(0x2E, "'.' at the end of the triples")
    }

    private func graphLabel() throws -> Term {
        if try r.peek() == 0x5B {
            guard try isEmptyAnon() else { throw lex.unexpected(expected: "a graph name") }
            return try anon()
        }
        return try subjectIRIOrBlank()
    }

    private func wrappedGraph(_ name: Term?) throws {
        try lex.expect(0x7B, "'{'")
        graph = name
        defer { graph = nil }
        while true {
            try lex.skipWhitespace()
            if try r.peek() == 0x7D { r.pos += 1; return }
            try triples()
            try lex.skipWhitespace()
            if try r.peek() == 0x2E { r.pos += 1; continue }
            try lex.skipWhitespace()
            guard try r.peek() == 0x7D else { throw lex.unexpected(expected: "'.' or '}'") }
        }
    }

    // MARK: triples

    private func triples() throws {
        let b = try r.peek()
        let anonEmpty = b == 0x5B ? try isEmptyAnon() : false
        if b == 0x5B && !anonEmpty {
            let node = try blankNodePropertyList()
            try lex.skipWhitespace()
            if let c = try r.peek(), c != 0x2E && c != 0x7D { try predicateObjectList(node) }
            return
        }
        let s: Term
        switch b {
        case 0x5B: s = try anon()
        case 0x28: s = try collection()
        default: s = try subjectIRIOrBlank()
        }
        try lex.skipWhitespace()
        try predicateObjectList(s)
    }

    private func subjectIRIOrBlank() throws -> Term {
        guard let b = try r.peek() else { throw lex.unexpected(expected: "a subject") }
        if b == 0x5F, try r.peek(1) == 0x3A { return .blankNode(try lex.readBlankNodeLabel()) }
        if b == 0x3C { return .iri(try iriRef()) }
        if let iri = try prefixedName() { return .iri(iri) }
        throw lex.unexpected(expected: "a subject (IRI, prefixed name or blank node)")
    }

    private func predicateObjectList(_ s: Term) throws {
        while true {
            let p = try verb()
            try lex.skipWhitespace()
            try objectList(s, p)
            try lex.skipWhitespace()
            guard try r.peek() == 0x3B else { return }
            while try r.peek() == 0x3B { r.pos += 1; try lex.skipWhitespace() }
            if let c = try r.peek(), c == 0x2E || c == 0x5D || c == 0x7D { return }
            if try r.peek() == nil { return }
        }
    }

    private func verb() throws -> Term {
        if try r.peek() == 0x61, let next = try r.peek(1),
           next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x3C || next == 0x22
            || next == 0x5B || next == 0x5F || next == 0x28 || next == 0x23 || next == 0x27 {
            r.pos += 1
            return .iri(RDFVocabulary.type)
        }
        if try r.peek() == 0x3C { return .iri(try iriRef()) }
        if let iri = try prefixedName() { return .iri(iri) }
        throw lex.unexpected(expected: "a predicate (IRI, prefixed name or 'a')")
    }

    private func objectList(_ s: Term, _ p: Term) throws {
        while true {
            let o = try object()
            try emit(Quad(s, p, o, graph: graph))
            try lex.skipWhitespace()
            guard try r.peek() == 0x2C else { return }
            r.pos += 1
            try lex.skipWhitespace()
        }
    }

    private func object() throws -> Term {
        guard let b = try r.peek() else { throw lex.unexpected(expected: "an object") }
        switch b {
        case 0x3C: return .iri(try iriRef())
        case 0x5F where try r.peek(1) == 0x3A: return .blankNode(try lex.readBlankNodeLabel())
        case 0x5B: return try isEmptyAnon() ? try anon() : try blankNodePropertyList()
        case 0x28: return try collection()
        case 0x22, 0x27: return try rdfLiteral()
        case 0x2B, 0x2D, 0x2E, 0x30...0x39: return try numericLiteral()
        default:
            if let word = try bareWord(), word == "true" || word == "false" {
                r.pos += word.utf8.count
                return .literal(Literal(word, datatype: XSD.boolean))
            }
            if let iri = try prefixedName() { return .iri(iri) }
            throw lex.unexpected(expected: "an object (IRI, blank node, collection or literal)")
        }
    }

    private func rdfLiteral() throws -> Term {
        let lexical = try lex.readString(allowLong: true)
        if try r.peek() == 0x40 { return .literal(Literal(lexical, language: try lex.readLangTag())) }
        if try r.peek() == 0x5E {
            guard try r.peek(1) == 0x5E else { throw r.error("expected '^^'") }
            r.pos += 2
            let dt: String
            if try r.peek() == 0x3C { dt = try iriRef() } else if let iri = try prefixedName() { dt = iri } else {
                throw lex.unexpected(expected: "a datatype IRI")
            }
            return .literal(Literal(lexical, datatype: dt))
        }
        return .literal(Literal(lexical))
    }

    private func numericLiteral() throws -> Term {
        var i = 0
        if let b = try r.peek(), b == 0x2B || b == 0x2D { i += 1 }
        let intStart = i
        while let b = try r.peek(i), isDigit(b) { i += 1 }
        let intDigits = i - intStart
        var fracDigits = 0
        var hasDot = false
        if try r.peek(i) == 0x2E, let d = try r.peek(i + 1), isDigit(d) || ((d | 0x20) == 0x65 && intDigits > 0) {
            hasDot = true
            i += 1
            while let b = try r.peek(i), isDigit(b) { i += 1; fracDigits += 1 }
        }
        if intDigits == 0 && fracDigits == 0 { throw lex.unexpected(expected: "a number") }
        var hasExp = false
        if let e = try r.peek(i), (e | 0x20) == 0x65 {
            var j = i + 1
            if let s = try r.peek(j), s == 0x2B || s == 0x2D { j += 1 }
            let digitsStart = j
            while let b = try r.peek(j), isDigit(b) { j += 1 }
            if j == digitsStart { throw r.error("expected digits in the exponent", at: j) }
            i = j
            hasExp = true
        }
        let text = try r.string(at: 0, count: i)
        r.pos += i
        let dt = hasExp ? XSD.double : hasDot ? XSD.decimal : XSD.integer
        return .literal(Literal(text, datatype: dt))
    }

    // MARK: blank nodes and collections

    private func isEmptyAnon() throws -> Bool {
        var i = 1
        while let b = try r.peek(i) {
            switch b {
            case 0x20, 0x09, 0x0D, 0x0A: i += 1
            case 0x5D: return true
            case 0x23:
                while let c = try r.peek(i), c != 0x0A { i += 1 }
            default: return false
            }
        }
        return false
    }

    private func anon() throws -> Term {
        r.pos += 1
        try lex.skipWhitespace()
        try lex.expect(0x5D, "']'")
        return .blankNode(lex.freshBlankNode())
    }

    private func blankNodePropertyList() throws -> Term {
        try enterNested()
        defer { nesting -= 1 }
        r.pos += 1
        let node = Term.blankNode(lex.freshBlankNode())
        try lex.skipWhitespace()
        try predicateObjectList(node)
        try lex.skipWhitespace()
        try lex.expect(0x5D, "']' to close the blank node property list")
        return node
    }

    private func collection() throws -> Term {
        try enterNested()
        defer { nesting -= 1 }
        r.pos += 1
        var head: Term = .iri(RDFVocabulary.nil)
        var last: Term?
        while true {
            try lex.skipWhitespace()
            guard let b = try r.peek() else { throw lex.unexpected(expected: "')'") }
            if b == 0x29 { r.pos += 1; break }
            let cell = Term.blankNode(lex.freshBlankNode())
            if let last { try emit(Quad(last, .iri(RDFVocabulary.rest), cell, graph: graph)) } else { head = cell }
            let item = try object()
            try emit(Quad(cell, .iri(RDFVocabulary.first), item, graph: graph))
            last = cell
        }
        if let last { try emit(Quad(last, .iri(RDFVocabulary.rest), .iri(RDFVocabulary.nil), graph: graph)) }
        return head
    }

    /// Counts one more level of nesting, or throws when it would pass `maxNesting`.
    private func enterNested() throws {
        guard nesting < Self.maxNesting else {
            throw r.error("collections and blank node property lists nested more than \(Self.maxNesting) deep")
        }
        nesting += 1
    }

    // MARK: IRIs

    private func iriRef() throws -> String {
        let raw = try lex.readIRIRef()
        return IRI.resolve(raw, against: base)
    }

    /// Length of a PN_PREFIX at the current position (0 if none).
    private func scanPrefix() throws -> Int {
        guard try r.peek() != nil else { return 0 }
        let (first, flen) = try lex.scalar(at: 0)
        guard isPNCharsBase(first) else { return 0 }
        var i = flen, lastGood = flen
        while try r.ensure(i + 1) {
            let (v, len) = try lex.scalar(at: i)
            if isPNChars(v) { i += len; lastGood = i } else if v == 0x2E { i += len } else { break }
        }
        return lastGood
    }

    /// Reads a prefixed name (PNAME_NS or PNAME_LN) and returns its IRI, or nil if none starts here.
    private func prefixedName() throws -> String? {
        let n = try scanPrefix()
        guard try r.peek(n) == 0x3A else { return nil }
        let prefix = try r.string(at: 0, count: n)
        guard let ns = prefixes[prefix] else { throw r.error("undefined prefix '\(prefix):'") }
        r.pos += n + 1
        let local = try localName()
        return ns + local
    }

    /// Reads PN_LOCAL (possibly empty), unescaping `\` escapes and keeping `%XX` as written.
    private func localName() throws -> String {
        // Fast path: ASCII [A-Za-z0-9_-:.] only, no escapes, taken straight from the buffer.
        var i = 0, lastGood = 0
        while true {
            guard try r.ensure(i + 1) else { break }
            let b = r.buf[r.pos + i]
            let c = ByteTables.localName[Int(b)]
            if i == 0 && b == 0x2D { break }  // PN_LOCAL cannot start with '-'
            if c == 1 || c == 3 { i += 1; lastGood = i }
            else if c == 2 && i > 0 { i += 1 }
            else { break }
        }
        let next = try r.ensure(i + 1) ? r.buf[r.pos + i] : 0
        if next != 0x5C && next != 0x25 && next < 0x80 {
            let s = try r.string(at: 0, count: lastGood)
            r.pos += lastGood
            return s
        }
        return try localNameSlow()
    }

    private func localNameSlow() throws -> String {
        localBytes.removeAll(keepingCapacity: true)
        var i = 0
        var lastGoodLen = 0, lastGoodI = 0
        var first = true
        while try r.ensure(i + 1) {
            let b = r.buf[r.pos + i]
            if b == 0x5C {
                guard let e = try r.peek(i + 1), "_~.-!$&'()*+,;=/?#@%".utf8.contains(e) else {
                    throw r.error("invalid escape in local name", at: i)
                }
                localBytes.append(e); i += 2
                lastGoodLen = localBytes.count; lastGoodI = i
            } else if b == 0x25 {
                guard let h1 = try r.peek(i + 1), let h2 = try r.peek(i + 2), hexValue(h1) != nil, hexValue(h2) != nil else {
                    throw r.error("invalid percent-encoding in local name", at: i)
                }
                localBytes.append(contentsOf: [b, h1, h2]); i += 3
                lastGoodLen = localBytes.count; lastGoodI = i
            } else {
                let (v, len) = try lex.scalar(at: i)
                let ok = first ? (isPNCharsU(v) || v == 0x3A || (v >= 0x30 && v <= 0x39))
                               : (isPNChars(v) || v == 0x3A || v == 0x2E)
                guard ok else { break }
                for k in 0..<len { localBytes.append(r.buf[r.pos + i + k]) }
                i += len
                if v != 0x2E { lastGoodLen = localBytes.count; lastGoodI = i }
            }
            first = false
        }
        r.pos += lastGoodI
        return try r.string(from: Array(localBytes[0..<lastGoodLen]), errorAt: 0)
    }
}
