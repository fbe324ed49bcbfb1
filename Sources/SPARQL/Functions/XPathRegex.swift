import Foundation

/// An XPath/XQuery regular expression (with flags s, m, i, x, q) compiled to NSRegularExpression.
struct XPathRegex {
    let regex: NSRegularExpression

    init(_ pattern: String, flags: String) throws {
        var options: NSRegularExpression.Options = []
        var literal = false, extended = false
        for f in flags {
            switch f {
            case "i": options.insert(.caseInsensitive)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "m": options.insert(.anchorsMatchLines)
            case "x": extended = true
            case "q": literal = true
            default: throw ExpressionError.invalidArgument("unknown regex flag \"\(f)\"")
            }
        }
        let source = literal ? NSRegularExpression.escapedPattern(for: pattern)
            : XPathRegex.translate(pattern, extended: extended, multiline: options.contains(.anchorsMatchLines))
        do {
            regex = try NSRegularExpression(pattern: source, options: options)
        } catch {
            throw ExpressionError.invalidArgument("invalid regular expression \"\(pattern)\"")
        }
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// fn:replace: `$n` refers to groups, `\$` and `\\` are literal; a pattern matching "" is an error.
    func replace(_ text: String, with replacement: String) throws -> String {
        if matches("") { throw ExpressionError.invalidArgument("REPLACE pattern matches the empty string") }
        try XPathRegex.checkReplacement(replacement)
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                              withTemplate: replacement)
    }

    static func checkReplacement(_ r: String) throws {
        var it = r.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\\" {
                guard let n = it.next(), n == "\\" || n == "$" else {
                    throw ExpressionError.invalidArgument("bad escape in replacement \"\(r)\"")
                }
            } else if c == "$" {
                guard let n = it.next(), ("0"..."9").contains(n) else {
                    throw ExpressionError.invalidArgument("bad $ in replacement \"\(r)\"")
                }
            }
        }
    }

    /// Rewrites the few XPath constructs ICU reads differently: `$` is end of input unless multi-line,
    /// `\p{IsBlock}` is `\p{InBlock}`, class subtraction `[a-z-[aeiou]]` is `[a-z--[aeiou]]`,
    /// and the x flag drops whitespace outside classes.
    static func translate(_ p: String, extended: Bool, multiline: Bool) -> String {
        var out = ""
        var chars = Array(p.unicodeScalars)[...]
        var inClass = 0
        while let c = chars.popFirst() {
            if c == "\\" {
                guard let n = chars.popFirst() else { out += "\\"; break }
                if n == "p" || n == "P", chars.starts(with: "{Is".unicodeScalars) {
                    out += "\\" + String(n) + "{In"; chars = chars.dropFirst(3); continue
                }
                out.unicodeScalars.append(c); out.unicodeScalars.append(n)
                continue
            }
            if extended && inClass == 0 && (c == " " || c == "\t" || c == "\n" || c == "\r") { continue }
            switch c {
            case "[": inClass += 1; out += "["
            case "]": inClass = max(0, inClass - 1); out += "]"
            case "-" where inClass > 0 && chars.first == "[": out += "--"
            case "$" where inClass == 0 && !multiline: out += "\\z"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
