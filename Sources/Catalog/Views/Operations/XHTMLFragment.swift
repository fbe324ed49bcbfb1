/// The rich text of quality reports: an XHTML fragment (text and the elements `p`, `ul`, `ol`, `li`,
/// `em`, `strong`, `a` with `href`, `br`, `code`), checked well-formed at load time so that SDMX-ML
/// and HTML writers can embed it as it is. No DOCTYPE, no comments, no processing instructions,
/// only the five XML entities and character references.
public enum XHTMLFragment {
    public static let elements: Set<String> = ["p", "ul", "ol", "li", "em", "strong", "a", "br", "code"]
    static let attributes: [String: Set<String>] = ["a": ["href"]]
    static let entities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// nil when `text` is a well-formed fragment of the allowed elements; else what is wrong.
    public static func problem(_ text: String) -> String? {
        let s = Array(text.unicodeScalars)
        var open: [String] = []
        var i = 0
        func name(from j: inout Int) -> String {
            var n = ""
            while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { n.unicodeScalars.append(s[j]); j += 1 }
            return n
        }
        func skipSpace(_ j: inout Int) { while j < s.count, s[j] == " " || s[j] == "\n" || s[j] == "\t" || s[j] == "\r" { j += 1 } }
        while i < s.count {
            switch s[i] {
            case "<":
                var j = i + 1
                let closing = j < s.count && s[j] == "/"
                if closing { j += 1 }
                let n = name(from: &j)
                guard elements.contains(n) else {
                    return n.isEmpty ? "'<' that starts no element (write &lt;)" : "element <\(n)> is not allowed in rich text"
                }
                if closing {
                    skipSpace(&j)
                    guard j < s.count, s[j] == ">" else { return "unterminated </\(n)>" }
                    guard open.last == n else { return "</\(n)> closes " + (open.last.map { "<\($0)>" } ?? "nothing") }
                    open.removeLast()
                    i = j + 1
                    continue
                }
                while true {
                    skipSpace(&j)
                    guard j < s.count else { return "unterminated <\(n)>" }
                    if s[j] == ">" { open.append(n); break }
                    if s[j] == "/", j + 1 < s.count, s[j + 1] == ">" { j += 1; break }
                    let a = name(from: &j)
                    guard !a.isEmpty, attributes[n]?.contains(a) == true else { return "attribute '\(a)' is not allowed on <\(n)>" }
                    skipSpace(&j)
                    guard j + 1 < s.count, s[j] == "=", s[j + 1] == "\"" else { return "attribute '\(a)' needs a double-quoted value" }
                    j += 2
                    while j < s.count, s[j] != "\"" {
                        if s[j] == "<" { return "'<' inside the value of '\(a)'" }
                        j += 1
                    }
                    guard j < s.count else { return "unterminated value of '\(a)'" }
                    j += 1
                }
                i = j + 1
            case "&":
                var j = i + 1
                var ref = ""
                while j < s.count, s[j] != ";", j - i < 12 { ref.unicodeScalars.append(s[j]); j += 1 }
                guard j < s.count, s[j] == ";" else { return "'&' that starts no entity (write &amp;)" }
                let numeric = ref.hasPrefix("#x") ? UInt32(ref.dropFirst(2), radix: 16) : ref.hasPrefix("#") ? UInt32(ref.dropFirst()) : nil
                guard entities.contains(ref) || numeric.flatMap(Unicode.Scalar.init) != nil else { return "unknown entity &\(ref);" }
                i = j + 1
            case ">":
                return "'>' outside a tag (write &gt;)"
            default:
                i += 1
            }
        }
        return open.last.map { "<\($0)> is not closed" }
    }
}
