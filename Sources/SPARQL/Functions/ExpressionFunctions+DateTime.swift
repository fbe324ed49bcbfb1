import Foundation
import RDF

extension ExpressionFunctions {
    static func dateTimeFunction(_ f: String, _ args: [Term], _ context: FunctionContext) throws -> Term {
        if f == "NOW" {
            try expect(f, args, 0...0)
            return .literal(dateTime(context.now).literal)
        }
        try expect(f, args, 1...1)
        guard case .literal(let l) = args[0], let v = XSDDateTime(literal: l) else {
            throw ExpressionError.typeError("\(f) expects an xsd:dateTime, got \(args[0])")
        }
        let hasDate = v.kind != .time, hasTime = v.kind == .time || v.kind == .dateTime || v.kind == .dateTimeStamp
        switch f {
        case "YEAR" where hasDate: return integer(v.year)
        case "MONTH" where hasDate: return integer(v.month)
        case "DAY" where hasDate: return integer(v.day)
        case "HOURS" where hasTime: return integer(v.hour)
        case "MINUTES" where hasTime: return integer(v.minute)
        case "SECONDS" where hasTime: return XSDNumeric.decimal(v.second).term
        case "TIMEZONE":
            guard let tz = v.timezoneMinutes else { throw ExpressionError.invalidArgument("TIMEZONE of a value without timezone") }
            return .literal(XSDDuration(kind: .dayTimeDuration, seconds: Decimal(tz * 60)).literal)
        case "TZ":
            return .string(v.timezoneMinutes.map(XSDDateTime.timezoneText) ?? "")
        default:
            throw ExpressionError.typeError("\(f) does not apply to \(args[0])")
        }
    }

    /// The UTC xsd:dateTime of `date`, to the millisecond.
    static func dateTime(_ date: Date) -> XSDDateTime {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let days = millis >= 0 ? millis / 86_400_000 : -((-millis + 86_399_999) / 86_400_000)
        let rest = millis - days * 86_400_000
        let (y, m, d) = XSDDateTime.civilFromDays(days)
        let second = Decimal(rest % 60_000) / 1000
        return XSDDateTime(kind: .dateTime, year: y, month: m, day: d, hour: rest / 3_600_000,
                           minute: (rest / 60_000) % 60, second: second, timezoneMinutes: 0)
    }
}
