import Foundation

/// A small cursor over the ASCII lexical forms of the date, time and duration types.
struct XSDScanner {
    private let bytes: [UInt8]
    private(set) var pos = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { pos == bytes.count }
    var peek: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    mutating func eat(_ c: Character) -> Bool {
        guard let p = peek, let a = c.asciiValue, p == a else { return false }
        pos += 1
        return true
    }

    /// Exactly `n` digits.
    mutating func digits(_ n: Int) -> Int? {
        guard pos + n <= bytes.count else { return nil }
        var v = 0
        for i in pos..<(pos + n) {
            guard XSDLexical.isDigit(bytes[i]) else { return nil }
            v = v * 10 + Int(bytes[i] - 0x30)
        }
        pos += n
        return v
    }

    /// One or more digits (at most 18).
    mutating func number() -> Int? {
        let start = pos
        var v = 0
        while let p = peek, XSDLexical.isDigit(p), pos - start < 18 { v = v * 10 + Int(p - 0x30); pos += 1 }
        return pos > start ? v : nil
    }

    /// `-?YYYY+` with no leading zero beyond four digits.
    mutating func year() -> Int? {
        let negative = eat("-")
        let start = pos
        // Years beyond nine digits are refused so that date arithmetic cannot overflow.
        guard let v = number(), pos - start >= 4, pos - start <= 9 else { return nil }
        if pos - start > 4 && bytes[start] == 0x30 { return nil }
        return negative ? -v : v
    }

    /// `ss(.s+)?`
    mutating func seconds() -> Decimal? {
        let start = pos
        guard digits(2) != nil else { return nil }
        if eat(".") {
            let fracStart = pos
            while let p = peek, XSDLexical.isDigit(p) { pos += 1 }
            if pos == fracStart { return nil }
        }
        return XSDLexical.decimalValue(String(decoding: bytes[start..<pos], as: UTF8.self))
    }

    /// A decimal number `d+(.d*)?` for duration seconds.
    mutating func decimalNumber() -> Decimal? {
        let start = pos
        while let p = peek, XSDLexical.isDigit(p) || p == UInt8(ascii: ".") { pos += 1 }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        guard !text.isEmpty, XSDLexical.isDecimal(text) else { pos = start; return nil }
        return XSDLexical.decimalValue(text)
    }

    /// `Z` or `±hh:mm` (at most 14:00).
    mutating func timezone() -> Int? {
        if eat("Z") { return 0 }
        let sign: Int
        if eat("+") { sign = 1 } else if eat("-") { sign = -1 } else { return nil }
        guard let h = digits(2), eat(":"), let m = digits(2), m < 60, h * 60 + m <= 14 * 60 else { return nil }
        return sign * (h * 60 + m)
    }
}
