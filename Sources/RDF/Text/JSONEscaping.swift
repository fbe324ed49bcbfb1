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
