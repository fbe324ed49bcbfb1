import Foundation

/// Lexical-space checks and canonical mappings for the numeric and boolean XSD datatypes.
public enum XSDLexical {
    /// `[+-]?[0-9]+`
    public static func isInteger(_ s: String) -> Bool {
        var u = Substring(s).utf8[...]
        if let f = u.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { u = u.dropFirst() }
        return !u.isEmpty && u.allSatisfy(isDigit)
    }

    /// `[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)`
    public static func isDecimal(_ s: String) -> Bool {
        var u = Substring(s).utf8[...]
        if let f = u.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { u = u.dropFirst() }
        var digits = 0, dots = 0
        for b in u {
            if isDigit(b) { digits += 1 } else if b == UInt8(ascii: ".") { dots += 1 } else { return false }
        }
        return digits > 0 && dots <= 1
    }

    /// The xsd:double / xsd:float lexical space (XSD 1.1, which also allows `+INF`).
    public static func isFloatingPoint(_ s: String) -> Bool {
        if s == "INF" || s == "-INF" || s == "+INF" || s == "NaN" { return true }
        let parts = s.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false) }
        guard parts.count == 1 || parts.count == 2 else { return false }
        guard isDecimal(String(parts[0])) else { return false }
        if parts.count == 2 { return isInteger(String(parts[1])) }
        return true
    }

    public static func isBoolean(_ s: String) -> Bool { s == "true" || s == "false" || s == "1" || s == "0" }

    /// The exact value of a decimal or integer lexical form (the caller has validated it).
    public static func decimalValue(_ s: String) -> Decimal? {
        if s.utf8.count <= 18, let i = Int(s) { return Decimal(i) }   // fast path for ordinary integers
        var t = Substring(s)
        var negative = false
        if t.hasPrefix("+") { t = t.dropFirst() } else if t.hasPrefix("-") { t = t.dropFirst(); negative = true }
        if t.hasPrefix(".") { t = "0" + t }
        if t.hasSuffix(".") { t = t.dropLast() }
        guard let d = Decimal(string: String(t)) else { return nil }
        return negative ? -d : d
    }

    /// The value of a double lexical form (the caller has validated it).
    public static func doubleValue(_ s: String) -> Double? {
        switch s {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        case "NaN": return .nan
        default:
            var t = Substring(s)
            if t.hasPrefix("+") { t = t.dropFirst() }
            return Double(String(t)) ?? Double("0" + String(t))
        }
    }

    /// Canonical integer: no sign for positives, no leading zeros.
    public static func canonicalInteger(_ d: Decimal) -> String {
        let s = d.description
        return s == "-0" ? "0" : s
    }

    /// Canonical decimal (XSD 1.1): no sign for positives, no superfluous zeros,
    /// and no decimal point for integral values (`1`, `-0.5`, `12.25`).
    public static func canonicalDecimal(_ d: Decimal) -> String {
        var s = d.description
        if s == "-0" { s = "0" }
        if s.hasPrefix(".") { s = "0" + s }
        if s.hasPrefix("-.") { s = "-0" + s.dropFirst() }
        return s
    }

    /// Canonical double/float: `d.dddE±n` with one non-zero leading digit (`0.0E0` for zero).
    public static func canonicalFloatingPoint(_ v: Double, shortest text: String) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-INF" : "INF" }
        if v == 0 { return v.sign == .minus ? "-0.0E0" : "0.0E0" }
        // Split Swift's shortest round-tripping text into sign, digits and exponent.
        var t = Substring(text)
        var sign = ""
        if t.hasPrefix("-") { sign = "-"; t = t.dropFirst() }
        var exponent = 0
        if let e = t.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(t[t.index(after: e)...].replacingOccurrences(of: "+", with: "")) ?? 0
            t = t[..<e]
        }
        var intPart = t, fracPart: Substring = ""
        if let dot = t.firstIndex(of: ".") { intPart = t[..<dot]; fracPart = t[t.index(after: dot)...] }
        var digits = Array(intPart + fracPart)
        exponent += intPart.count - 1
        while let f = digits.first, f == "0", digits.count > 1 { digits.removeFirst(); exponent -= 1 }
        while let l = digits.last, l == "0", digits.count > 1 { digits.removeLast() }
        let head = String(digits[0])
        let tail = digits.count > 1 ? String(digits[1...]) : "0"
        return sign + head + "." + tail + "E" + String(exponent)
    }

    public static func canonicalDouble(_ v: Double) -> String { canonicalFloatingPoint(v, shortest: v.description) }
    public static func canonicalFloat(_ v: Float) -> String { canonicalFloatingPoint(Double(v), shortest: v.description) }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
