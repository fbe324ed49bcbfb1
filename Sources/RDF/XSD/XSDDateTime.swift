import Foundation

/// A value of xsd:dateTime, xsd:date, xsd:time or one of the Gregorian types (gYear, …),
/// with an optional timezone offset in minutes.
public struct XSDDateTime: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case dateTime, dateTimeStamp, date, time, gYear, gYearMonth, gMonth, gDay, gMonthDay

        public var datatype: String { XSD.namespace + rawValue }
        public init?(datatype: String) {
            guard datatype.hasPrefix(XSD.namespace) else { return nil }
            self.init(rawValue: String(datatype.dropFirst(XSD.namespace.count)))
        }
        var hasDate: Bool { self != .time }
        var hasTime: Bool { self == .dateTime || self == .dateTimeStamp || self == .time }
    }

    public var kind: Kind
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Decimal
    /// Offset from UTC in minutes; nil when the value has no timezone.
    public var timezoneMinutes: Int?

    public init(kind: Kind = .dateTime, year: Int = 1972, month: Int = 12, day: Int = 31, hour: Int = 0,
                minute: Int = 0, second: Decimal = 0, timezoneMinutes: Int? = nil) {
        self.kind = kind; self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second; self.timezoneMinutes = timezoneMinutes
    }

    /// Parses an xsd:dateTime lexical form.
    public init?(lexical: String) { self.init(lexical: lexical, kind: .dateTime) }

    /// Parses the lexical form of `kind`; nil when ill-formed or out of range.
    public init?(lexical: String, kind: Kind) {
        var s = XSDScanner(lexical)
        self.init(kind: kind)
        if kind == .dateTime || kind == .dateTimeStamp || kind == .date || kind == .gYear || kind == .gYearMonth {
            guard let y = s.year() else { return nil }
            year = y
            if kind != .gYear {
                guard s.eat("-"), let m = s.digits(2) else { return nil }
                month = m
            } else { month = 1 }
            if kind == .gYearMonth || kind == .gYear { day = 1 } else {
                guard s.eat("-"), let d = s.digits(2) else { return nil }
                day = d
            }
        } else if kind == .gMonth || kind == .gMonthDay || kind == .gDay {
            guard s.eat("-"), s.eat("-") else { return nil }
            if kind == .gDay {
                guard s.eat("-"), let d = s.digits(2) else { return nil }
                day = d; month = 1
            } else {
                guard let m = s.digits(2) else { return nil }
                month = m
                if kind == .gMonthDay {
                    guard s.eat("-"), let d = s.digits(2) else { return nil }
                    day = d
                } else { day = 1 }
            }
        }
        if kind == .dateTime || kind == .dateTimeStamp { guard s.eat("T") else { return nil } }
        if kind.hasTime {
            guard let h = s.digits(2), s.eat(":"), let mi = s.digits(2), s.eat(":"), let sec = s.seconds()
            else { return nil }
            hour = h; minute = mi; second = sec
            guard (h < 24 && mi < 60 && sec < 60) || (h == 24 && mi == 0 && sec == 0) else { return nil }
        }
        if !s.atEnd {
            guard let tz = s.timezone() else { return nil }
            timezoneMinutes = tz
        }
        guard s.atEnd, month >= 1, month <= 12, day >= 1,
              day <= XSDDateTime.daysInMonth(kind == .gMonthDay || kind == .gDay || kind == .gMonth ? 2000 : year, month)
        else { return nil }
        if kind == .dateTimeStamp && timezoneMinutes == nil { return nil }
        if hour == 24 { normalizeMidnight() }
    }

    /// The value of a literal whose datatype is one of the date/time types.
    public init?(literal: Literal) {
        guard let kind = Kind(datatype: literal.datatype) else { return nil }
        self.init(lexical: literal.lexicalForm, kind: kind)
    }

    private mutating func normalizeMidnight() {
        hour = 0
        if kind.hasDate {
            let days = XSDDateTime.daysFromCivil(year, month, day) + 1
            (year, month, day) = XSDDateTime.civilFromDays(days)
        }
    }

    /// The canonical lexical form (XSD 1.1: the timezone is kept, `Z` for UTC).
    public var lexicalForm: String {
        var out = ""
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(abs(v)); return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        func yearText() -> String { (year < 0 ? "-" : "") + pad(year, 4) }
        switch kind {
        case .dateTime, .dateTimeStamp, .date: out = yearText() + "-" + pad(month, 2) + "-" + pad(day, 2)
        case .gYear: out = yearText()
        case .gYearMonth: out = yearText() + "-" + pad(month, 2)
        case .gMonth: out = "--" + pad(month, 2)
        case .gMonthDay: out = "--" + pad(month, 2) + "-" + pad(day, 2)
        case .gDay: out = "---" + pad(day, 2)
        case .time: break
        }
        if kind == .dateTime || kind == .dateTimeStamp { out += "T" }
        if kind.hasTime {
            out += pad(hour, 2) + ":" + pad(minute, 2) + ":"
            var sec = second.description
            if second < 10 { sec = "0" + sec }
            out += sec
        }
        if let tz = timezoneMinutes { out += XSDDateTime.timezoneText(tz) }
        return out
    }

    public var literal: Literal { Literal(lexicalForm, datatype: kind.datatype) }

    /// `Z` or `±hh:mm`.
    public static func timezoneText(_ minutes: Int) -> String {
        if minutes == 0 { return "Z" }
        let a = abs(minutes)
        let h = String(a / 60), m = String(a % 60)
        return (minutes < 0 ? "-" : "+") + (h.count < 2 ? "0" + h : h) + ":" + (m.count < 2 ? "0" + m : m)
    }

    /// Seconds on the UTC timeline, taking the value as local time when it has no timezone.
    public var timelineSeconds: Decimal {
        let days = XSDDateTime.daysFromCivil(year, month, day)
        let whole = Decimal(days) * 86400 + Decimal(hour * 3600 + minute * 60 - (timezoneMinutes ?? 0) * 60)
        return whole + second
    }

    /// XSD order: -1/0/1, or nil when the kinds differ or one timezone is missing and the order is indeterminate.
    public static func compare(_ a: XSDDateTime, _ b: XSDDateTime) -> Int? {
        let ka = a.kind == .dateTimeStamp ? .dateTime : a.kind, kb = b.kind == .dateTimeStamp ? .dateTime : b.kind
        guard ka == kb else { return nil }
        let x = a.timelineSeconds, y = b.timelineSeconds
        if (a.timezoneMinutes == nil) == (b.timezoneMinutes == nil) { return x < y ? -1 : (x == y ? 0 : 1) }
        // One side local: it may lie anywhere within ±14 hours.
        let slack = Decimal(14 * 3600)
        if a.timezoneMinutes == nil {
            if x + slack < y { return -1 }
            if x - slack > y { return 1 }
        } else {
            if x < y - slack { return -1 }
            if x > y + slack { return 1 }
        }
        return nil
    }

    public static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    public static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
