/// Why the streaming fast path stopped: a construct it does not handle (the caller falls back to
/// the full algorithms), or a JSON syntax error (the caller reports it through `JSONParser`).
enum FastPathExit: Error {
    case unsupported
    case syntax
}

/// The raw bytes of a JSON string, between its quotes (escapes not decoded).
struct RawJSONString {
    var start: Int
    var end: Int
    var hasEscapes: Bool
}

/// A byte-level JSON reader over a document held in memory: it validates exactly what
/// `JSONParser` accepts (grammar, escapes, UTF-8, nesting depth) without building values, and
/// decodes only the strings and numbers its caller asks for.
struct JSONByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos: Int
    let maxDepth: Int

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        pos = 0
    }

    /// The byte at the current position, 0 at the end of the input.
    @inline(__always) var current: UInt8 { pos < bytes.count ? bytes[pos] : 0 }

    @inline(__always) mutating func skipSpace() {
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { pos += 1 } else { return }
        }
    }

    @inline(__always) mutating func expect(_ b: UInt8) throws(FastPathExit) {
        guard pos < bytes.count, bytes[pos] == b else { throw .syntax }
        pos += 1
    }

    /// After a member or item: consumes ',' (true) or the closing byte (false).
    @inline(__always) mutating func separator(closing: UInt8) throws(FastPathExit) -> Bool {
        skipSpace()
        guard pos < bytes.count else { throw .syntax }
        let b = bytes[pos]
        pos += 1
        if b == 0x2C { skipSpace(); return true }
        if b == closing { return false }
        throw .syntax
    }

    // MARK: strings

    /// Scans a string starting at its opening quote, validating escapes and UTF-8.
    mutating func scanString() throws(FastPathExit) -> RawJSONString {
        try expect(0x22)
        let start = pos
        var escapes = false
        var ascii = true
        while true {
            guard pos < bytes.count else { throw .syntax }
            let b = bytes[pos]
            if b == 0x22 { break }
            if b < 0x20 { throw .syntax }
            if b >= 0x80 { ascii = false; pos += 1; continue }
            if b == 0x5C {
                escapes = true
                try validateEscape()
                continue
            }
            pos += 1
        }
        let end = pos
        pos += 1
        if !ascii, !Self.isValidUTF8(bytes, start, end) { throw .syntax }
        return RawJSONString(start: start, end: end, hasEscapes: escapes)
    }

    /// Validates one escape sequence at `pos` (on its backslash) as `JSONParser` reads it.
    private mutating func validateEscape() throws(FastPathExit) {
        pos += 1
        guard pos < bytes.count else { throw .syntax }
        let e = bytes[pos]
        pos += 1
        switch e {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: return
        case 0x75:
            let scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar), pos + 1 < bytes.count, bytes[pos] == 0x5C, bytes[pos + 1] == 0x75 {
                pos += 2
                guard (0xDC00...0xDFFF).contains(try hex4()) else { throw .syntax }
            }
        default: throw .syntax
        }
    }

    private mutating func hex4() throws(FastPathExit) -> UInt32 {
        guard pos + 4 <= bytes.count else { throw .syntax }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[pos]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x61...0x66: d = b - 0x61 + 10
            case 0x41...0x46: d = b - 0x41 + 10
            default: throw .syntax
            }
            v = v * 16 + UInt32(d)
            pos += 1
        }
        return v
    }

    /// The bytes of a scanned string, escapes included.
    @inline(__always) func raw(_ s: RawJSONString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[s.start..<s.end])
    }

    /// The decoded value of a scanned (hence valid) string.
    func decode(_ s: RawJSONString) -> String {
        if !s.hasEscapes { return String(decoding: raw(s), as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(s.end - s.start)
        var i = s.start
        while i < s.end {
            let b = bytes[i]
            i += 1
            if b != 0x5C { out.append(b); continue }
            let e = bytes[i]
            i += 1
            switch e {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = hexValue(at: i)
                i += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    if i + 1 < s.end, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (hexValue(at: i + 2) - 0xDC00)
                        i += 6
                    } else { scalar = 0xFFFD }
                } else if (0xDC00...0xDFFF).contains(scalar) { scalar = 0xFFFD }
                out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default: out.append(e)   // '"', '\\', '/'
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func hexValue(at i: Int) -> UInt32 {
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let b = bytes[k]
            v = v * 16 + UInt32(b <= 0x39 ? b - 0x30 : (b | 0x20) - 0x61 + 10)
        }
        return v
    }

    /// Strict UTF-8 validation (no overlong forms, surrogates or code points past U+10FFFF),
    /// the same acceptance as `String(validating:as:)`.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            k < end && bytes[k] >= lo && bytes[k] <= hi
        }
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            switch b {
            case 0xC2...0xDF:
                guard cont(i + 1) else { return false }
                i += 2
            case 0xE0:
                guard cont(i + 1, 0xA0), cont(i + 2) else { return false }
                i += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard cont(i + 1), cont(i + 2) else { return false }
                i += 3
            case 0xED:
                guard cont(i + 1, 0x80, 0x9F), cont(i + 2) else { return false }
                i += 3
            case 0xF0:
                guard cont(i + 1, 0x90), cont(i + 2), cont(i + 3) else { return false }
                i += 4
            case 0xF1...0xF3:
                guard cont(i + 1), cont(i + 2), cont(i + 3) else { return false }
                i += 4
            case 0xF4:
                guard cont(i + 1, 0x80, 0x8F), cont(i + 2), cont(i + 3) else { return false }
                i += 4
            default: return false
            }
        }
        return true
    }

    // MARK: numbers and literals

    /// Scans a number (RFC 8259 grammar) and converts it as `JSONParser` does.
    mutating func scanNumber() throws(FastPathExit) -> JSONNumber {
        let start = pos
        let isInteger = try skipNumber()
        if isInteger {
            var i = start
            let negative = bytes[i] == 0x2D
            if negative { i += 1 }
            if pos - i <= 18 {
                var v = 0
                while i < pos { v = v * 10 + Int(bytes[i] - 0x30); i += 1 }
                return .integer(negative ? -v : v)
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        if isInteger, let i = Int(text) { return .integer(i) }
        guard let d = Double(text) else { throw .syntax }
        return .double(d)
    }

    /// Skips a number; true when it has neither fraction nor exponent.
    mutating func skipNumber() throws(FastPathExit) -> Bool {
        var isInteger = true
        if current == 0x2D { pos += 1 }
        guard isDigit(current) else { throw .syntax }
        if current == 0x30 { pos += 1 } else { while isDigit(current) { pos += 1 } }
        if current == 0x2E {
            isInteger = false
            pos += 1
            guard isDigit(current) else { throw .syntax }
            while isDigit(current) { pos += 1 }
        }
        if current == 0x65 || current == 0x45 {
            isInteger = false
            pos += 1
            if current == 0x2B || current == 0x2D { pos += 1 }
            guard isDigit(current) else { throw .syntax }
            while isDigit(current) { pos += 1 }
        }
        return isInteger
    }

    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Consumes `true`, `false` or `null` (the first byte tells which).
    mutating func scanWord() throws(FastPathExit) -> JSONValue {
        let (word, value): (StaticString, JSONValue)
        switch current {
        case 0x74: (word, value) = ("true", .bool(true))
        case 0x66: (word, value) = ("false", .bool(false))
        case 0x6E: (word, value) = ("null", .null)
        default: throw .syntax
        }
        let n = word.utf8CodeUnitCount
        guard pos + n <= bytes.count else { throw .syntax }
        let w = word.utf8Start
        for k in 0..<n where bytes[pos + k] != w[k] { throw .syntax }
        pos += n
        return value
    }

    // MARK: skipping

    /// Skips (and validates) one value; `depth` is the nesting depth a container here would have.
    mutating func skipValue(depth: Int) throws(FastPathExit) {
        switch current {
        case 0x22: _ = try scanString()
        case 0x7B:
            if depth > maxDepth { throw .syntax }
            pos += 1
            skipSpace()
            if current == 0x7D { pos += 1; return }
            repeat {
                _ = try scanString()
                skipSpace()
                try expect(0x3A)
                skipSpace()
                try skipValue(depth: depth + 1)
            } while try separator(closing: 0x7D)
        case 0x5B:
            if depth > maxDepth { throw .syntax }
            pos += 1
            skipSpace()
            if current == 0x5D { pos += 1; return }
            repeat { try skipValue(depth: depth + 1) } while try separator(closing: 0x5D)
        case 0x2D, 0x30...0x39: _ = try skipNumber()
        default: _ = try scanWord()
        }
    }
}
