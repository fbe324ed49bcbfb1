/// 256-entry byte class tables for the lexer's hot loops.
enum ByteTables {
    /// Non-zero for bytes that stop a plain IRIREF scan: '>', '\', the characters IRIREF forbids,
    /// and (value 2) non-ASCII bytes, so that all-ASCII IRIs skip UTF-8 validation.
    nonisolated(unsafe) static let iriStop: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for i in 0..<256 {
            let b = UInt8(i)
            let stop = b <= 0x20 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x7B || b == 0x7D || b == 0x7C
                || b == 0x5E || b == 0x60 || b == 0x5C
            t[i] = stop ? 1 : b >= 0x80 ? 2 : 0
        }
        return UnsafePointer(t)
    }()
    /// Non-zero for bytes that stop a short "…" string scan.
    nonisolated(unsafe) static let doubleQuoteStop: UnsafePointer<UInt8> = make { b in
        b == 0x22 || b == 0x5C || b == 0x0A || b == 0x0D
    }
    /// Non-zero for bytes that stop a short '…' string scan.
    nonisolated(unsafe) static let singleQuoteStop: UnsafePointer<UInt8> = make { b in
        b == 0x27 || b == 0x5C || b == 0x0A || b == 0x0D
    }
    /// Local-name classes: 1 = ASCII PN_CHARS ([A-Za-z0-9_-]), 2 = '.', 3 = ':', 0 = anything else.
    nonisolated(unsafe) static let localName: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 {
            let c = UInt8(b)
            t[b] = isAlpha(c) || isDigit(c) || c == 0x5F || c == 0x2D ? 1 : c == 0x2E ? 2 : c == 0x3A ? 3 : 0
        }
        return UnsafePointer(t)
    }()

    private static func make(_ stop: (UInt8) -> Bool) -> UnsafePointer<UInt8> {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 { t[b] = stop(UInt8(b)) ? 1 : 0 }
        return UnsafePointer(t)
    }
}

extension TextReader {
    /// The offset (from `pos`) of the first byte at or after `i` whose entry in `table` is non-zero,
    /// or nil when the input ends first.
    @inline(__always)
    func scan(from start: Int, until table: UnsafePointer<UInt8>) throws -> Int? {
        var i = start
        while true {
            let limit = end - pos
            let p = buf + pos
            while i < limit {
                if table[Int(p[i])] != 0 { return i }
                i += 1
            }
            if !(try ensure(i + 1)) { return nil }
        }
    }
}
