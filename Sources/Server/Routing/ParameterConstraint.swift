import RDFFormats

/// What values a request parameter takes: written into the OpenAPI document as JSON Schema and
/// checked on every request by `RequestValidation`, from the same value.
public enum ParameterConstraint: Sendable, Equatable {
    /// Any string.
    case text
    /// Any string of at least one character.
    case nonEmptyText
    /// A decimal integer (ASCII digits, an optional leading `-`) within the range.
    case integer(ClosedRange<Int>)
    /// Exactly one of the values (case-sensitive).
    case choice([String])
    /// One or more of the values, joined with `,`.
    case choiceList([String])
    /// A string matching an anchored regular expression (the subset ECMA-262 and Swift share:
    /// classes, groups, alternation, `*`, `+`, `?`, `{m,n}`), with an example that matches it.
    case pattern(String, example: String)
    /// A calendar date or a prefix of one: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month 01–12, day 01–31).
    case datePrefix

    /// The JSON Schema of the values.
    public var schema: JSONValue {
        switch self {
        case .text:
            return .object(JSONObject([("type", "string")]))
        case .nonEmptyText:
            return .object(JSONObject([("type", "string"), ("minLength", 1)]))
        case .integer(let range):
            return .object(JSONObject([("type", "integer"), ("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound))]))
        case .choice(let values):
            return .object(JSONObject([("type", "string"), ("enum", .array(values.map(JSONValue.string)))]))
        case .choiceList(let values):
            let one = "(" + values.map(Self.regexEscaped).joined(separator: "|") + ")"
            return .object(JSONObject([("type", "string"), ("pattern", .string("^" + one + "(," + one + ")*$")),
                                       ("example", .string(values.first ?? ""))]))
        case .datePrefix:
            return .object(JSONObject([("type", "string"), ("pattern", .string(Self.datePattern)), ("example", "2024-01-31")]))
        case .pattern(let pattern, let example):
            return .object(JSONObject([("type", "string"), ("pattern", .string(pattern)), ("example", .string(example))]))
        }
    }

    /// A day of the Gregorian calendar, `YYYY-MM-DD`, exactly (30-day months, February's 28 days
    /// and 29 in leap years), unanchored: routes that take a day wrap it in `^(…)$`.
    public static let dayPattern = "[0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))"
        + "|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29"

    /// The pattern of `.datePrefix`, as the OpenAPI document states it.
    static let datePattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"

    /// nil when `value` is allowed, else what is wrong with it (for a problem document).
    public func violation(_ value: String) -> String? {
        switch self {
        case .text:
            return nil
        case .nonEmptyText:
            return value.isEmpty ? "must not be empty" : nil
        case .integer(let range):
            guard let n = Self.parseInteger(value), range.contains(n) else {
                return "must be an integer from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        case .choice(let values):
            return values.contains(value) ? nil : "must be one of " + values.joined(separator: ", ")
        case .choiceList(let values):
            let parts = value.split(separator: ",", omittingEmptySubsequences: false)
            return parts.allSatisfy({ values.contains(String($0)) }) ? nil
                : "must be one or more of " + values.joined(separator: ", ") + ", joined with commas"
        case .datePrefix:
            return Self.isDatePrefix(value) ? nil : "must be a date YYYY-MM-DD (or YYYY-MM, or YYYY)"
        case .pattern(let pattern, _):
            return PatternCache.matches(pattern, value) ? nil : "must match \(pattern)"
        }
    }

    /// A decimal integer that fits an `Int`, parsed without trapping: ASCII digits with an optional
    /// leading `-`, at most 18 digits (so no value can overflow), nothing else.
    public static func parseInteger(_ text: String) -> Int? {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if utf8.first == UInt8(ascii: "-") { negative = true; utf8 = utf8.dropFirst() }
        guard !utf8.isEmpty, utf8.count <= 18 else { return nil }
        var n = 0
        for b in utf8 {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            n = n &* 10 &+ Int(b &- UInt8(ascii: "0"))
        }
        return negative ? -n : n
    }

    /// True when `value` matches `datePattern`.
    static func isDatePrefix(_ value: String) -> Bool {
        let b = Array(value.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard b.count == 4 || b.count == 7 || b.count == 10, digits(0..<4) != nil else { return false }
        if b.count >= 7 {
            guard b[4] == UInt8(ascii: "-"), let month = digits(5..<7), (1...12).contains(month) else { return false }
        }
        if b.count == 10 {
            guard b[7] == UInt8(ascii: "-"), let day = digits(8..<10), (1...31).contains(day) else { return false }
        }
        return true
    }

    static func regexEscaped(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\^$.|?*+()[]{}/".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
