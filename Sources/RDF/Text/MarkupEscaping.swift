/// Escaping of text for XML and HTML, written once for every markup writer of the project
/// (RDF/XML literals, SPARQL XML results, server-rendered HTML).
public enum MarkupEscaping {
    public enum Context: Sendable {
        /// XML element content: `&`, `<`, `>`, and CR as a character reference (kept through XML line-end handling).
        case xmlText
        /// A double-quoted XML attribute value: `&`, `<`, `"`, and TAB, LF, CR as references (kept through
        /// normalisation); `>` stays as it is, as in canonical XML.
        case xmlAttribute
        /// HTML text or a quoted attribute value: `&`, `<`, `>`, `"`, `'`.
        case html
    }

    public static func escape(_ s: String, _ context: Context) -> String {
        guard s.utf8.contains(where: { needsEscape($0, context) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch (c, context) {
            case ("&", _): out += "&amp;"
            case ("<", _): out += "&lt;"
            case (">", .xmlText), (">", .html): out += "&gt;"
            case ("\"", .xmlAttribute), ("\"", .html): out += "&quot;"
            case ("'", .html): out += "&#39;"
            case ("\r", .xmlText), ("\r", .xmlAttribute): out += "&#xD;"
            case ("\n", .xmlAttribute): out += "&#xA;"
            case ("\t", .xmlAttribute): out += "&#x9;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The first character XML 1.0 cannot carry at all (controls other than TAB, LF, CR; U+FFFE, U+FFFF).
    public static func firstCharacterNotAllowedInXML(_ s: String) -> Unicode.Scalar? {
        s.unicodeScalars.first { c in
            let v = c.value
            return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
        }
    }

    private static func needsEscape(_ b: UInt8, _ context: Context) -> Bool {
        switch b {
        case 0x26, 0x3C: return true
        case 0x3E: return context != .xmlAttribute
        case 0x22: return context != .xmlText
        case 0x27: return context == .html
        case 0x0D: return context != .html
        case 0x0A, 0x09: return context == .xmlAttribute
        default: return false
        }
    }
}
