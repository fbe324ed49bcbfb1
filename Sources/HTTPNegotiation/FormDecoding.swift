/// `application/x-www-form-urlencoded` decoding (also for URL query strings): `+` is a space,
/// `%XX` a byte; invalid escapes are kept as they are. Keys may repeat.
public enum FormDecoding {
    /// The pairs of `text` in order, decoded in one pass over its UTF-8 bytes.
    public static func decode(_ text: String) -> [(name: String, value: String)] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [(name: String, value: String)] = []
            var start = 0
            while start < bytes.count {
                var end = start, equals = -1
                while end < bytes.count, bytes[end] != UInt8(ascii: "&") {
                    if equals < 0, bytes[end] == UInt8(ascii: "=") { equals = end }
                    end += 1
                }
                if end > start {
                    if equals < 0 {
                        out.append((unescape(bytes, start..<end), ""))
                    } else {
                        out.append((unescape(bytes, start..<equals), unescape(bytes, (equals + 1)..<end)))
                    }
                }
                start = end + 1
            }
            return out
        }
    }

    public static func unescape(_ s: Substring) -> String {
        var s = s
        return s.withUTF8 { unescape($0, 0..<$0.count) }
    }

    /// The bytes of `range` decoded; copied as they are when they hold no `+` nor `%`.
    static func unescape(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let part = UnsafeBufferPointer(rebasing: source[range])
        guard part.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else {
            return String(decoding: part, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: part.count) { out in
            var i = 0, n = 0
            while i < part.count {
                let b = part[i]
                if b == UInt8(ascii: "+") {
                    out[n] = 0x20
                } else if b == UInt8(ascii: "%"), i + 2 < part.count, let hi = hex(part[i + 1]), let lo = hex(part[i + 2]) {
                    out[n] = hi << 4 | lo
                    i += 2
                } else {
                    out[n] = b
                }
                n += 1
                i += 1
            }
            return n
        }
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
