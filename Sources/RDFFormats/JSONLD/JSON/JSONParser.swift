/// A strict JSON (RFC 8259) parser producing `JSONValue`, with limits on nesting depth and
/// document size; errors are `RDFSyntaxError`s with line and column.
public struct JSONParser {
    public var maxDepth: Int
    public var maxBytes: Int
    public var file: String?

    public init(maxDepth: Int = 512, maxBytes: Int = 256 << 20, file: String? = nil) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
        self.file = file
    }

    public func parse(_ text: String) throws -> JSONValue { try parse(Array(text.utf8)) }

    public func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var state = State(bytes: bytes, file: file, maxDepth: maxDepth)
        if bytes.count > maxBytes {
            throw state.error("document exceeds the size limit of \(maxBytes) bytes")
        }
        // A UTF-8 byte order mark is tolerated.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { state.pos = 3 }
        state.skipSpace()
        let value = try state.parseValue(depth: 0)
        state.skipSpace()
        if state.pos < bytes.count { throw state.error("unexpected content after the JSON value") }
        return value
    }

    struct State {
        let bytes: [UInt8]
        let file: String?
        let maxDepth: Int
        var pos = 0

        init(bytes: [UInt8], file: String?, maxDepth: Int) {
            self.bytes = bytes; self.file = file; self.maxDepth = maxDepth
        }

        func error(_ message: String, at offset: Int? = nil) -> RDFSyntaxError {
            let end = min(offset ?? pos, bytes.count)
            var line = 1, column = 1
            var i = 0
            while i < end {
                let b = bytes[i]
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            return RDFSyntaxError(file: file, line: line, column: column, message: message)
        }

        mutating func skipSpace() {
            while pos < bytes.count {
                let b = bytes[pos]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { pos += 1 } else { break }
            }
        }

        mutating func parseValue(depth: Int) throws -> JSONValue {
            guard pos < bytes.count else { throw error("unexpected end of input, expected a value") }
            switch bytes[pos] {
            case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
            case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
            default: throw error("unexpected character, expected a value")
            }
        }

        mutating func literal(_ word: String) throws {
            let start = pos
            for b in word.utf8 {
                guard pos < bytes.count, bytes[pos] == b else { throw error("invalid literal, expected '\(word)'", at: start) }
                pos += 1
            }
        }

        mutating func parseObject(depth: Int) throws -> JSONValue {
            if depth > maxDepth { throw error("nesting deeper than \(maxDepth) levels") }
            pos += 1
            var object = JSONObject()
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .object(object) }
            while true {
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw error("expected a string key") }
                let key = try parseString()
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw error("expected ':'") }
                pos += 1
                skipSpace()
                object[key] = try parseValue(depth: depth)
                skipSpace()
                guard pos < bytes.count else { throw error("unterminated object") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .object(object) }
                throw error("expected ',' or '}'")
            }
        }

        mutating func parseArray(depth: Int) throws -> JSONValue {
            if depth > maxDepth { throw error("nesting deeper than \(maxDepth) levels") }
            pos += 1
            var items: [JSONValue] = []
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try parseValue(depth: depth))
                skipSpace()
                guard pos < bytes.count else { throw error("unterminated array") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
                throw error("expected ',' or ']'")
            }
        }

        mutating func parseString() throws -> String {
            let start = pos
            pos += 1
            // Common case: no escapes — the string is its bytes, validated once.
            var end = pos
            while end < bytes.count {
                let b = bytes[end]
                if b == UInt8(ascii: "\"") {
                    guard let s = bytes.withUnsafeBufferPointer({ String(validating: $0[pos..<end], as: UTF8.self) }) else {
                        throw error("invalid UTF-8 in string", at: start)
                    }
                    pos = end + 1
                    return s
                }
                if b == UInt8(ascii: "\\") || b < 0x20 { break }
                end += 1
            }
            var out: [UInt8] = []
            out.reserveCapacity(end - pos)
            while true {
                guard pos < bytes.count else { throw error("unterminated string", at: start) }
                let b = bytes[pos]
                if b == UInt8(ascii: "\"") { pos += 1; break }
                if b < 0x20 { throw error("control character in string") }
                if b != UInt8(ascii: "\\") { out.append(b); pos += 1; continue }
                pos += 1
                guard pos < bytes.count else { throw error("unterminated escape") }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        if pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") {
                            pos += 2
                            let low = try hex4()
                            if (0xDC00...0xDFFF).contains(low) {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            } else { throw error("invalid surrogate pair") }
                        } else { scalar = 0xFFFD }
                    } else if (0xDC00...0xDFFF).contains(scalar) { scalar = 0xFFFD }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
                default: throw error("invalid escape sequence")
                }
            }
            guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in string", at: start) }
            return s
        }

        mutating func hex4() throws -> UInt32 {
            guard pos + 4 <= bytes.count else { throw error("truncated \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[pos]
                let d: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - 0x30
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - 0x61 + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - 0x41 + 10
                default: throw error("invalid hex digit in \\u escape")
                }
                v = v * 16 + UInt32(d)
                pos += 1
            }
            return v
        }

        mutating func parseNumber() throws -> JSONNumber {
            let start = pos
            var isInteger = true
            if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("invalid number") }
            if bytes[pos] == UInt8(ascii: "0") { pos += 1 } else { while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 } }
            if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
                isInteger = false
                pos += 1
                guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("invalid number: digit expected after '.'") }
                while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
            }
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
                isInteger = false
                pos += 1
                if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
                guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("invalid number: digit expected in exponent") }
                while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
            }
            let text = String(decoding: bytes[start..<pos], as: UTF8.self)
            if isInteger, let i = Int(text) { return .integer(i) }
            guard let d = Double(text) else { throw error("invalid number", at: start) }
            return .double(d)
        }

        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    }
}
