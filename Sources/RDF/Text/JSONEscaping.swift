/// JSON string literals (RFC 8259), written once for every JSON writer of the project
/// (JSON-LD, SPARQL results, SDMX-JSON). `/` is never escaped.
public enum JSONEscaping {
    /// Appends `s` as a quoted JSON string. `escapeLineSeparators` also escapes U+2028 and
    /// U+2029 (safe to embed in JavaScript; JSON-LD canonical output must leave them as they are).
    public static func appendQuoted(_ s: String, to out: inout String, escapeLineSeparators: Bool = false) {
        out += "\""
        if !needsEscaping(s, escapeLineSeparators: escapeLineSeparators) {
            out += s
        } else {
            for c in s.unicodeScalars {
                switch c {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case "\u{2028}" where escapeLineSeparators: out += "\\u2028"
                case "\u{2029}" where escapeLineSeparators: out += "\\u2029"
                case _ where c.value < 0x20:
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }

    /// Appends `s` as a quoted JSON string to UTF-8 bytes (the same text as the `String` form).
    public static func appendQuoted(_ s: String, to out: inout [UInt8], escapeLineSeparators: Bool = false) {
        out.append(0x22)
        if !needsEscaping(s, escapeLineSeparators: escapeLineSeparators) {
            out.append(contentsOf: s.utf8)
        } else {
            let bytes = Array(s.utf8)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                case 0x09: out += [0x5C, UInt8(ascii: "t")]
                case 0x08: out += [0x5C, UInt8(ascii: "b")]
                case 0x0C: out += [0x5C, UInt8(ascii: "f")]
                case 0xE2 where escapeLineSeparators && i + 2 < bytes.count && bytes[i + 1] == 0x80
                    && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    out += Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                case _ where b < 0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                default: out.append(b)
                }
                i += 1
            }
        }
        out.append(0x22)
    }

    /// `s` as a quoted JSON string.
    public static func quoted(_ s: String, escapeLineSeparators: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &out, escapeLineSeparators: escapeLineSeparators)
        return out
    }

    /// True when `s` has a character `appendQuoted` escapes (writers use it to copy plain strings whole).
    public static func needsEscaping(_ s: String, escapeLineSeparators lineSeparators: Bool = false) -> Bool {
        // U+2028/2029 are E2 80 A8 / E2 80 A9 in UTF-8: a lead byte 0xE2 sends us to the slow path.
        s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || (lineSeparators && $0 == 0xE2) }
    }
}
