/// Number spellings the JSON-LD algorithms need: ECMAScript `Number::toString` (for JSON output
/// and JCS canonicalization) and the XML Schema canonical form of `xsd:double`.
public enum NumberFormatting {
    /// Shortest round-trip decimal digits of a finite non-zero |d|, with `n` such that
    /// |d| = 0.d1d2…dk × 10^n.
    static func shortestDigits(_ d: Double) -> (digits: [UInt8], n: Int) {
        let text = "\(abs(d))"   // Swift prints the shortest round-trip representation
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointPos: Int?
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") { pointPos = digits.count } else { digits.append(c - 0x30) }
        }
        var intCount = pointPos ?? digits.count
        while digits.first == 0 && digits.count > 1 { digits.removeFirst(); intCount -= 1 }
        while digits.last == 0 && digits.count > 1 { digits.removeLast() }
        return (digits, intCount + exp)
    }

    /// ECMAScript `Number.prototype.toString()` of `d` (JSON output of numbers).
    public static func ecmaScript(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d == 0 { return "0" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        let sign = d < 0 ? "-" : ""
        let (digits, n) = shortestDigits(d)
        let k = digits.count
        let ds = String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
        if k <= n && n <= 21 { return sign + ds + String(repeating: "0", count: n - k) }
        if 0 < n && n <= 21 {
            return sign + String(ds.prefix(n)) + "." + String(ds.dropFirst(n))
        }
        if -6 < n && n <= 0 { return sign + "0." + String(repeating: "0", count: -n) + ds }
        let e = n - 1
        let es = e < 0 ? "-\(-e)" : "+\(e)"
        if k == 1 { return sign + ds + "e" + es }
        return sign + String(ds.prefix(1)) + "." + String(ds.dropFirst()) + "e" + es
    }

    /// The canonical lexical form of `xsd:double` as JSON-LD writes it (e.g. `1.1E1`, `5.0E-1`).
    public static func xsdDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-INF" : "INF" }
        if d == 0 { return d.sign == .minus ? "-0.0E0" : "0.0E0" }
        let sign = d < 0 ? "-" : ""
        let (digits, n) = shortestDigits(d)
        let ds = String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
        let rest = digits.count > 1 ? String(ds.dropFirst()) : "0"
        return sign + String(ds.prefix(1)) + "." + rest + "E" + String(n - 1)
    }

    /// The JSON spelling of a number.
    public static func json(_ n: JSONNumber) -> String {
        switch n {
        case .integer(let i): return String(i)
        case .double(let d): return ecmaScript(d)
        }
    }
}
