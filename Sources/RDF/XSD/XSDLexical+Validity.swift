/// The lexical spaces of the XSD datatypes as a whole (for SHACL `sh:datatype`'s ill-typed literal
/// rule, SHACL §4.1.2, and the comparison of literals in `sh:lessThan`/`sh:minInclusive`…).
extension XSDLexical {
    /// True when `lexical` is in the lexical space of `datatype`; true for datatypes not known here.
    public static func isValid(_ lexical: String, _ datatype: String) -> Bool {
        guard datatype.hasPrefix(XSD.namespace) else { return true }
        switch datatype {
        case XSD.string, XSD.anyURI: return true
        case XSD.normalizedString: return !lexical.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" }
        case XSD.token, XSD.language:
            let ok = !lexical.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" }
                && !lexical.hasPrefix(" ") && !lexical.hasSuffix(" ") && !lexical.contains("  ")
            return datatype == XSD.token ? ok : ok && isLanguageTag(lexical)
        case XSD.boolean: return ["true", "false", "1", "0"].contains(lexical)
        case XSD.decimal: return matchesDecimal(lexical)
        case XSD.float, XSD.double: return matchesDouble(lexical)
        case XSD.date: return matchesDate(lexical, hasDay: true, hasMonth: true, hasYear: true)
        case XSD.dateTime, XSD.dateTimeStamp: return matchesDateTime(lexical, requireZone: datatype == XSD.dateTimeStamp)
        case XSD.time: return matchesTime(Substring(lexical))
        case XSD.gYear: return matchesDate(lexical, hasDay: false, hasMonth: false, hasYear: true)
        case XSD.gYearMonth: return matchesDate(lexical, hasDay: false, hasMonth: true, hasYear: true)
        case XSD.gMonthDay, XSD.gMonth, XSD.gDay: return matchesRecurring(lexical, datatype)
        case XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration: return matchesDuration(lexical, datatype)
        default:
            if let range = integerRanges[datatype] { return matchesInteger(lexical, range) }
            return true
        }
    }

    /// Bounds of the integer types (nil = unbounded), as decimal strings are compared below.
    private static let integerRanges: [String: (min: Int?, max: Int?)] = [
        XSD.integer: (nil, nil), XSD.long: (Int(Int64.min), Int(Int64.max)), XSD.int: (-2_147_483_648, 2_147_483_647),
        XSD.short: (-32_768, 32_767), XSD.byte: (-128, 127), XSD.nonNegativeInteger: (0, nil),
        XSD.positiveInteger: (1, nil), XSD.nonPositiveInteger: (nil, 0), XSD.negativeInteger: (nil, -1),
        XSD.unsignedLong: (0, nil), XSD.unsignedInt: (0, 4_294_967_295), XSD.unsignedShort: (0, 65_535),
        XSD.unsignedByte: (0, 255),
    ]

    private static func digits<S: StringProtocol>(_ s: S) -> Bool { !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }

    private static func matchesInteger(_ s: String, _ range: (min: Int?, max: Int?)) -> Bool {
        var body = Substring(s)
        var negative = false
        if let c = body.first, c == "+" || c == "-" { negative = c == "-"; body = body.dropFirst() }
        guard digits(body) else { return false }
        let trimmed = body.drop { $0 == "0" }
        let isZero = trimmed.isEmpty
        if trimmed.count > 18 {  // beyond Int: only the sign matters for the unbounded sides
            if negative { return range.min == nil } else { return range.max == nil }
        }
        let value = (Int(trimmed) ?? 0) * (negative && !isZero ? -1 : 1)
        if let min = range.min, value < min { return false }
        if let max = range.max, value > max { return false }
        return true
    }

    private static func matchesDecimal(_ s: String) -> Bool {
        var body = Substring(s)
        if let c = body.first, c == "+" || c == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !body.isEmpty, body != "." else { return false }
        return parts.allSatisfy { $0.isEmpty || digits($0) }
    }

    private static func matchesDouble(_ s: String) -> Bool {
        if ["INF", "-INF", "+INF", "NaN"].contains(s) { return true }
        let lower = s.lowercased()
        let parts = lower.split(separator: "e", omittingEmptySubsequences: false)
        guard parts.count <= 2, matchesDecimal(String(parts[0])) else { return false }
        if parts.count == 2 {
            var exp = parts[1]
            if let c = exp.first, c == "+" || c == "-" { exp = exp.dropFirst() }
            return digits(exp)
        }
        return true
    }

    private static func isLanguageTag(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// Splits an optional time zone (Z or ±hh:mm) off the end.
    private static func zone(_ s: Substring) -> (Substring, Bool)? {
        if s.hasSuffix("Z") { return (s.dropLast(), true) }
        if s.count >= 6 {
            let tail = s.suffix(6)
            let c = Array(tail)
            if (c[0] == "+" || c[0] == "-"), c[3] == ":", digits(String(c[1...2])), digits(String(c[4...5])),
               let h = Int(String(c[1...2])), let m = Int(String(c[4...5])), h <= 14, m < 60 {
                return (s.dropLast(6), true)
            }
        }
        return (s, false)
    }

    private static func matchesYear(_ y: Substring) -> Bool {
        var body = y
        if body.first == "-" { body = body.dropFirst() }
        return body.count >= 4 && digits(body) && !(body.count > 4 && body.first == "0")
    }

    private static func daysIn(month: Int) -> Int { [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] }

    private static func matchesDate(_ s: String, hasDay: Bool, hasMonth: Bool, hasYear: Bool) -> Bool {
        guard let (body, _) = zone(Substring(s)) else { return false }
        // Split the year off at the last "-" groups from the right.
        var fields = body.split(separator: "-", omittingEmptySubsequences: false)
        if body.hasPrefix("-") { fields = Array(fields.dropFirst()); if !fields.isEmpty { fields[0] = "-" + fields[0] } }
        let expected = 1 + (hasMonth ? 1 : 0) + (hasDay ? 1 : 0)
        guard fields.count == expected, matchesYear(fields[0]) else { return false }
        if hasMonth {
            guard fields[1].count == 2, digits(fields[1]), let m = Int(fields[1]), (1...12).contains(m) else { return false }
            if hasDay {
                guard fields[2].count == 2, digits(fields[2]), let d = Int(fields[2]), d >= 1, d <= daysIn(month: m) else {
                    return false
                }
                if m == 2 && d == 29, let y = Int(fields[0]), !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) { return false }
            }
        }
        return true
    }

    private static func matchesTime(_ s: Substring) -> Bool {
        guard let (body, _) = zone(s) else { return false }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, digits(parts[0]), digits(parts[1]),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return false }
        let sec = parts[2].split(separator: ".", omittingEmptySubsequences: false)
        guard sec[0].count == 2, digits(sec[0]), let s = Int(sec[0]), sec.count <= 2, sec.count == 1 || digits(sec[1]) else {
            return false
        }
        if h == 24 { return m == 0 && s == 0 && (sec.count == 1 || sec[1].allSatisfy { $0 == "0" }) }
        return h < 24 && m < 60 && s < 60
    }

    private static func matchesDateTime(_ s: String, requireZone: Bool) -> Bool {
        guard let t = s.firstIndex(of: "T") else { return false }
        let timePart = s[s.index(after: t)...]
        guard let (_, hasZone) = zone(timePart), !requireZone || hasZone else { return false }
        return matchesDate(String(s[..<t]), hasDay: true, hasMonth: true, hasYear: true) && matchesTime(timePart)
    }

    private static func matchesRecurring(_ s: String, _ datatype: String) -> Bool {
        guard let (body, _) = zone(Substring(s)) else { return false }
        let c = Array(body)
        func two(_ i: Int) -> Int? { i + 1 < c.count && c[i].isASCII && c[i].isNumber && c[i + 1].isNumber ? Int(String(c[i...i + 1])) : nil }
        switch datatype {
        case XSD.gMonth:
            guard c.count == 4, c[0] == "-", c[1] == "-", let m = two(2) else { return false }
            return (1...12).contains(m)
        case XSD.gDay:
            guard c.count == 5, c[0] == "-", c[1] == "-", c[2] == "-", let d = two(3) else { return false }
            return (1...31).contains(d)
        default:  // gMonthDay --MM-DD
            guard c.count == 7, c[0] == "-", c[1] == "-", c[4] == "-", let m = two(2), let d = two(5), (1...12).contains(m) else {
                return false
            }
            return d >= 1 && d <= daysIn(month: m)
        }
    }

    private static func matchesDuration(_ s: String, _ datatype: String) -> Bool {
        var body = Substring(s)
        if body.first == "-" { body = body.dropFirst() }
        guard body.first == "P" else { return false }
        body = body.dropFirst()
        let datePart: Substring, timePart: Substring?
        if let t = body.firstIndex(of: "T") {
            datePart = body[..<t]; timePart = body[body.index(after: t)...]
            if timePart?.isEmpty == true { return false }
        } else { datePart = body; timePart = nil }
        guard let dateUnits = units(datePart, allowed: "YMD", fractionLast: false),
              let timeUnits = timePart.map({ units($0, allowed: "HMS", fractionLast: true) }) ?? "" else { return false }
        if dateUnits.isEmpty && timeUnits.isEmpty { return false }
        if datatype == XSD.dayTimeDuration && (dateUnits.contains("Y") || dateUnits.contains("M")) { return false }
        if datatype == XSD.yearMonthDuration && (dateUnits.contains("D") || !timeUnits.isEmpty) { return false }
        return true
    }

    /// Parses `nU nU…` with units in the allowed order; returns the units seen, or nil.
    private static func units(_ s: Substring, allowed: String, fractionLast: Bool) -> String? {
        var seen = ""
        var number = ""
        var order = Array(allowed)
        for c in s {
            if c.isASCII && (c.isNumber || c == ".") { number.append(c); continue }
            guard let i = order.firstIndex(of: c), !number.isEmpty else { return nil }
            if number.contains(".") && !(fractionLast && c == "S") { return nil }
            guard matchesDecimal(number) else { return nil }
            seen.append(c)
            order.removeFirst(i + 1)
            number = ""
        }
        return number.isEmpty ? seen : nil
    }
}
