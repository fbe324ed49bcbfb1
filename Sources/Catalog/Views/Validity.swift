import RDF
import Store

/// A calendar day (proleptic Gregorian), parsed strictly from `YYYY-MM-DD`: four-digit year 0001–9999,
/// month 01–12, a day that exists in that month. Anything else is refused, never trapped on.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let b = bytes[i]
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
                n = n * 10 + Int(b - UInt8(ascii: "0"))
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              y >= 1, (1...12).contains(m), d >= 1, d <= Day.length(month: m, year: y) else { return nil }
        year = y
        month = m
        day = d
    }

    static func length(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }
}

/// The period a classification version (and so each of its items) is valid: `schema:startDate` to
/// `schema:endDate`, both included; an open end is nil. Encoded as `{"start": "…", "end": "…"}`.
public struct Validity: Sendable, Hashable, Codable {
    public var start: String?
    public var end: String?

    public init(start: String?, end: String?) {
        self.start = start
        self.end = end
    }

    /// True when `day` is within the period. A version with no stated start is valid on no day (the
    /// catalog does not know since when), and a stated bound that is not a day is treated as open.
    public func contains(_ day: Day) -> Bool {
        guard let start else { return false }
        if let first = Day(start), day < first { return false }
        if let end, let last = Day(end), last < day { return false }
        return true
    }

    /// `2008-01-01 – 2024-12-31`, `2025-01-01 –` (for messages).
    public var text: String { (start ?? "?") + " – " + (end ?? "") }
}

extension Validity {
    /// The validity `node` states (the mapping's `startDate` / `endDate` of classifications), or nil.
    static func stated(_ node: TermID, _ c: ViewContext) -> Validity? {
        // A classification version's dates, as the mapping names them.
        let start = c.string(node, .classification, "startDate"), end = c.string(node, .classification, "endDate")
        return start == nil && end == nil ? nil : Validity(start: start, end: end)
    }

    /// The validity of the classification version(s) `node` is an item of (the first that states one).
    static func ofItem(_ node: TermID, _ c: ViewContext) -> Validity? {
        c.objects(node, .concept, "schemes").lazy.compactMap { stated($0, c) }.first
    }

    /// The period within every one of `periods` (latest start, earliest end); nil when there is none to meet.
    static func common(_ periods: [Validity]) -> Validity? {
        guard !periods.isEmpty else { return nil }
        let starts = periods.compactMap(\.start), ends = periods.compactMap(\.end)
        return Validity(start: starts.max(), end: ends.min())
    }

    /// True when a resource with this validity answers a `date=` filter: a day within it, `*` (the whole
    /// history) or a resource stating no validity (not versioned). A value that is neither a day nor `*` matches nothing.
    public static func matches(_ validity: Validity?, filter: String) -> Bool {
        if filter == "*" { return true }
        guard let day = Day(filter) else { return false }
        return validity?.contains(day) ?? true
    }
}
