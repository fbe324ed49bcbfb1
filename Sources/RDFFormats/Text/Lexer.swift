import RDF

/// The lexical productions shared by N-Triples, N-Quads, Turtle and TriG (one lexer, as in Oxigraph's oxttl).
final class Lexer {
    let r: TextReader
    private var scratch: [UInt8] = []
    private var blankLabels: [String: String] = [:]
    private var blankCounter = 0
    private let blankPrefix: String

    init(reader: TextReader, blankNodePrefix: String) {
        r = reader
        blankPrefix = blankNodePrefix
    }

    // MARK: white space

    /// Skips spaces, tabs, newlines and comments.
    func skipWhitespace() throws {
        while let b = try r.peek() {
            switch b {
            case 0x20, 0x09, 0x0D: r.pos += 1
            case 0x0A: r.newline(at: 0); r.pos += 1
            case 0x23: try skipComment()
            default: return
            }
        }
    }

    /// Skips spaces and tabs only (not newlines).
    func skipInlineSpace() throws {
        while let b = try r.peek(), b == 0x20 || b == 0x09 { r.pos += 1 }
    }

    /// Skips a `#` comment up to (not including) the end of the line.
    func skipComment() throws {
        while let b = try r.peek(), b != 0x0A && b != 0x0D { r.pos += 1 }
    }

    /// Consumes `byte` or throws "expected …".
    func expect(_ byte: UInt8, _ what: String) throws {
        guard try r.peek() == byte else { throw unexpected(expected: what) }
        r.pos += 1
    }

    func unexpected(expected: String) -> RDFSyntaxError {
        if let b = try? r.peek() {
            let shown = b >= 0x21 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : String(format2(b))
            return r.error("expected \(expected), found \(shown)")
        }
        return r.error("expected \(expected), found end of input")
    }

    private func format2(_ b: UInt8) -> String {
        switch b {
        case 0x0A: return "end of line"
        case 0x20: return "space"
        default: return "byte 0x" + String(b, radix: 16)
        }
    }

    // MARK: IRIs

    /// Whether the last IRIREF read starts with a scheme (is absolute), checked on its bytes.
    private(set) var lastIRIHasScheme = false

    /// Reads an IRIREF at `<`, returning its unescaped (unresolved) text.
    func readIRIRef() throws -> String {
        var i = 1
        var simple = true, ascii = true
        while true {
            guard let stop = try r.scan(from: i, until: ByteTables.iriStop) else {
                throw r.error("unterminated IRI: missing '>'")
            }
            i = stop
            let b = r.buf[r.pos + i]
            if b >= 0x80 { ascii = false; i += 1; continue }
            if b == 0x3E { break }
            if b == 0x5C { simple = false; i += 2; continue }
            throw r.error("invalid character in IRI", at: i)
        }
        if simple {
            lastIRIHasScheme = hasScheme(at: 1, count: i - 1)
            let s = ascii ? r.asciiString(at: 1, count: i - 1) : try r.string(at: 1, count: i - 1)
            r.pos += i + 1
            return s
        }
        scratch.removeAll(keepingCapacity: true)
        var k = 1
        while k < i {
            let b = r.buf[r.pos + k]
            if b == 0x5C {
                let v = try readUCHAR(at: k)
                if v <= 0x20 || v == 0x3C || v == 0x3E || v == 0x22 || v == 0x7B || v == 0x7D || v == 0x7C
                    || v == 0x5E || v == 0x60 || v == 0x5C {
                    throw r.error("escaped character not allowed in IRI", at: k)
                }
                appendUTF8(v, to: &scratch)
                k += r.buf[r.pos + k + 1] == 0x75 ? 6 : 10
            } else {
                scratch.append(b); k += 1
            }
        }
        let s = try r.string(from: scratch, errorAt: 1)
        lastIRIHasScheme = IRI.isAbsolute(s)
        r.pos += i + 1
        return s
    }

    /// True when the `count` bytes at `pos + offset` start with `ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") ":"`.
    @inline(__always)
    private func hasScheme(at offset: Int, count: Int) -> Bool {
        let p = r.buf + r.pos + offset
        guard count > 1, isAlpha(p[0]) else { return false }
        for k in 1..<count {
            let b = p[k]
            if b == 0x3A { return true }
            if !(isAlpha(b) || isDigit(b) || b == 0x2B || b == 0x2D || b == 0x2E) { return false }
        }
        return false
    }

    /// Reads `\uXXXX` or `\UXXXXXXXX` at `pos + k` (the backslash), returning the scalar value.
    private func readUCHAR(at k: Int) throws -> UInt32 {
        guard let kind = try r.peek(k + 1), kind == 0x75 || kind == 0x55 else {
            throw r.error("invalid escape sequence", at: k)
        }
        let n = kind == 0x75 ? 4 : 8
        var v: UInt32 = 0
        for j in 0..<n {
            guard let h = try r.peek(k + 2 + j), let d = hexValue(h) else {
                throw r.error("invalid \\\(kind == 0x75 ? "u" : "U") escape: expected \(n) hexadecimal digits", at: k)
            }
            v = v << 4 | d
        }
        if (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF { throw r.error("escape names an invalid code point", at: k) }
        return v
    }

    // MARK: blank nodes

    /// Reads a BLANK_NODE_LABEL at `_:`, returning the document-scoped node id.
    func readBlankNodeLabel() throws -> String {
        guard try r.peek(1) == 0x3A else { throw unexpected(expected: "'_:'") }
        var i = 2
        guard try r.ensure(i + 1) else { throw r.error("expected a blank node label", at: i) }
        let (first, flen) = try scalar(at: i)
        guard isPNCharsU(first) || (first >= 0x30 && first <= 0x39) else {
            throw r.error("invalid blank node label", at: i)
        }
        i += flen
        var lastGood = i
        while try r.ensure(i + 1) {
            let (v, len) = try scalar(at: i)
            if isPNChars(v) { i += len; lastGood = i } else if v == 0x2E { i += len } else { break }
        }
        let label = try r.string(at: 2, count: lastGood - 2)
        r.pos += lastGood
        return blankNode(named: label)
    }

    /// The node id for a document label (relabelled so generated nodes never clash with it).
    func blankNode(named label: String) -> String {
        if let id = blankLabels[label] { return id }
        let id = freshBlankNode()
        blankLabels[label] = id
        return id
    }

    /// A new blank node id (for `[]`, property lists and collections).
    func freshBlankNode() -> String {
        blankCounter += 1
        return blankPrefix + "b" + String(blankCounter)
    }

    // MARK: literals

    /// Reads a string at a quote (`"` or `'`), long (triple-quoted) or not.
    func readString(allowLong: Bool) throws -> String {
        let q = try r.peek()!
        if allowLong, try r.peek(1) == q, try r.peek(2) == q { return try readLongString(q) }
        var i = 1
        var simple = true
        let table = q == 0x22 ? ByteTables.doubleQuoteStop : ByteTables.singleQuoteStop
        while true {
            guard let stop = try r.scan(from: i, until: table) else { throw r.error("unterminated string literal") }
            i = stop
            let b = r.buf[r.pos + i]
            if b == q { break }
            if b == 0x0A || b == 0x0D { throw r.error("unterminated string literal: the line ends before the closing quote") }
            simple = false
            i += 2
        }
        if simple {
            let s = try r.string(at: 1, count: i - 1)
            r.pos += i + 1
            return s
        }
        scratch.removeAll(keepingCapacity: true)
        var k = 1
        while k < i {
            let b = r.buf[r.pos + k]
            if b == 0x5C { k += try unescape(at: k) } else { scratch.append(b); k += 1 }
        }
        let s = try r.string(from: scratch, errorAt: 1)
        r.pos += i + 1
        return s
    }

    private func readLongString(_ q: UInt8) throws -> String {
        r.pos += 3
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard let b = try r.peek() else { throw r.error("unterminated long string literal") }
            if b == q, try r.peek(1) == q, try r.peek(2) == q {
                r.pos += 3
                break
            }
            if b == 0x5C {
                let n = try unescape(at: 0)
                r.pos += n
                continue
            }
            if b == 0x0A { r.newline(at: 0) }
            scratch.append(b)
            r.pos += 1
        }
        guard let s = String(validating: scratch, as: UTF8.self) else { throw r.error("invalid UTF-8 in string") }
        return s
    }

    /// Unescapes ECHAR or UCHAR at `pos + k` into `scratch`; returns the bytes consumed.
    private func unescape(at k: Int) throws -> Int {
        guard let e = try r.peek(k + 1) else { throw r.error("unterminated escape sequence", at: k) }
        switch e {
        case 0x74: scratch.append(0x09)
        case 0x62: scratch.append(0x08)
        case 0x6E: scratch.append(0x0A)
        case 0x72: scratch.append(0x0D)
        case 0x66: scratch.append(0x0C)
        case 0x22, 0x27, 0x5C: scratch.append(e)
        case 0x75, 0x55:
            appendUTF8(try readUCHAR(at: k), to: &scratch)
            return e == 0x75 ? 6 : 10
        default: throw r.error("invalid escape sequence '\\\(Character(Unicode.Scalar(e)))'", at: k)
        }
        return 2
    }

    /// Reads a LANGTAG at `@`, returning the tag without `@`.
    func readLangTag() throws -> String {
        var i = 1
        while let b = try r.peek(i), isAlpha(b) { i += 1 }
        if i == 1 { throw r.error("expected a language tag after '@'", at: 1) }
        while try r.peek(i) == 0x2D {
            var j = i + 1
            while let b = try r.peek(j), isAlpha(b) || isDigit(b) { j += 1 }
            if j == i + 1 { throw r.error("invalid language tag", at: i) }
            i = j
        }
        let s = try r.string(at: 1, count: i - 1)
        r.pos += i
        return s
    }

    // MARK: characters

    /// The scalar at `pos + i` (which must be available) and its length in bytes.
    @inline(__always)
    func scalar(at i: Int) throws -> (UInt32, Int) {
        let b = r.buf[r.pos + i]
        if b < 0x80 { return (UInt32(b), 1) }
        _ = try r.ensure(i + 4)
        let n = min(4, r.end - r.pos - i)
        let (v, len) = decodeScalar(UnsafeBufferPointer(start: r.buf + r.pos + i, count: n), 0)
        if len == 0 { throw r.error("invalid UTF-8", at: i) }
        return (v, len)
    }
}

@inline(__always) func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
@inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
@inline(__always) func hexValue(_ b: UInt8) -> UInt32? {
    switch b {
    case 0x30...0x39: return UInt32(b - 0x30)
    case 0x41...0x46: return UInt32(b - 0x41 + 10)
    case 0x61...0x66: return UInt32(b - 0x61 + 10)
    default: return nil
    }
}

func isPNCharsBase(_ v: UInt32) -> Bool {
    switch v {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
         0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
         0x10000...0xEFFFF: return true
    default: return false
    }
}
func isPNCharsU(_ v: UInt32) -> Bool { v == 0x5F || isPNCharsBase(v) }
func isPNChars(_ v: UInt32) -> Bool {
    isPNCharsU(v) || v == 0x2D || (v >= 0x30 && v <= 0x39) || v == 0xB7 || (v >= 0x300 && v <= 0x36F)
        || (v >= 0x203F && v <= 0x2040)
}
