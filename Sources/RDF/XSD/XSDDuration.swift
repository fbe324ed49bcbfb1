import Foundation

/// A value of xsd:duration, xsd:dayTimeDuration or xsd:yearMonthDuration: months and seconds, same sign.
public struct XSDDuration: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case duration, dayTimeDuration, yearMonthDuration
        public var datatype: String { XSD.namespace + rawValue }
    }

    public var kind: Kind
    public var months: Int
    public var seconds: Decimal

    public init(kind: Kind = .duration, months: Int = 0, seconds: Decimal = 0) {
        self.kind = kind; self.months = months; self.seconds = seconds
    }

    /// Parses `-?PnYnMnDTnHnMnS` with the restrictions of `kind`.
    public init?(lexical: String, kind: Kind = .duration) {
        var s = XSDScanner(lexical)
        let negative = s.eat("-")
        guard s.eat("P") else { return nil }
        var months = 0, seconds = Decimal(0), any = false, inTime = false
        var order = 0 // position of the last designator seen, to enforce Y M D T H M S order
        while !s.atEnd {
            if s.eat("T") {
                guard !inTime, kind != .yearMonthDuration else { return nil }
                inTime = true; order = 4
                guard !s.atEnd else { return nil }
                continue
            }
            guard let value = s.decimalNumber() else { return nil }
            let integral = value == value.rounded0()
            let slot: Int
            if s.eat("Y") { slot = 1 } else if s.eat("M") { slot = inTime ? 6 : 2 } else if s.eat("D") { slot = 3 }
            else if s.eat("H") { slot = 5 } else if s.eat("S") { slot = 7 } else { return nil }
            // Components past 10^12 are refused so that month and second arithmetic cannot overflow.
            guard slot > order, (slot >= 5) == inTime, slot == 7 || integral, value < 1_000_000_000_000 else { return nil }
            order = slot; any = true
            let whole = NSDecimalNumber(decimal: value).intValue
            switch slot {
            case 1: months += whole * 12
            case 2: months += whole
            case 3: seconds += value * 86400
            case 5: seconds += value * 3600
            case 6: seconds += value * 60
            default: seconds += value
            }
        }
        guard any else { return nil }
        if kind == .dayTimeDuration && months != 0 { return nil }
        if kind == .yearMonthDuration && (order > 2) { return nil }
        self.init(kind: kind, months: negative ? -months : months, seconds: negative ? -seconds : seconds)
    }

    public init?(literal: Literal) {
        guard literal.datatype.hasPrefix(XSD.namespace),
              let kind = Kind(rawValue: String(literal.datatype.dropFirst(XSD.namespace.count))) else { return nil }
        self.init(lexical: literal.lexicalForm, kind: kind)
    }

    /// The canonical lexical form.
    public var lexicalForm: String {
        if months == 0 && seconds == 0 { return kind == .yearMonthDuration ? "P0M" : "PT0S" }
        let negative = months < 0 || seconds < 0
        let m = abs(months)
        var sec = seconds < 0 ? -seconds : seconds
        var out = negative ? "-P" : "P"
        if kind != .dayTimeDuration {
            if m / 12 > 0 { out += "\(m / 12)Y" }
            if m % 12 > 0 { out += "\(m % 12)M" }
            if kind == .yearMonthDuration { return out }
        }
        let days = NSDecimalNumber(decimal: (sec / 86400).rounded0()).intValue
        sec -= Decimal(days) * 86400
        let hours = NSDecimalNumber(decimal: (sec / 3600).rounded0()).intValue
        sec -= Decimal(hours) * 3600
        let minutes = NSDecimalNumber(decimal: (sec / 60).rounded0()).intValue
        sec -= Decimal(minutes) * 60
        if days > 0 { out += "\(days)D" }
        if hours > 0 || minutes > 0 || sec > 0 {
            out += "T"
            if hours > 0 { out += "\(hours)H" }
            if minutes > 0 { out += "\(minutes)M" }
            if sec > 0 { out += "\(sec)S" }
        }
        return out
    }

    public var literal: Literal { Literal(lexicalForm, datatype: kind.datatype) }

    /// Partial order: nil when months and seconds disagree (e.g. P1M vs P30D).
    public static func compare(_ a: XSDDuration, _ b: XSDDuration) -> Int? {
        let cm = a.months < b.months ? -1 : (a.months == b.months ? 0 : 1)
        let cs = a.seconds < b.seconds ? -1 : (a.seconds == b.seconds ? 0 : 1)
        if cm == cs || cs == 0 { return cm }
        if cm == 0 { return cs }
        return nil
    }
}

extension Decimal {
    /// Truncation toward zero.
    public func rounded0() -> Decimal {
        var v = self, r = Decimal()
        NSDecimalRound(&r, &v, 0, self < 0 ? .up : .down)
        return r
    }
}
