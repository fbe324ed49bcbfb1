import Foundation
import RDF

extension ExpressionFunctions {
    static func numericFunction(_ f: String, _ args: [Term], _ context: FunctionContext) throws -> Term {
        if f == "RAND" {
            try expect(f, args, 0...0)
            return XSDNumeric.double(context.random()).term
        }
        try expect(f, args, 1...1)
        let n = try numericArgument(args[0], f)
        switch f {
        case "ABS":
            switch n {
            case .integer(let d): return XSDNumeric.integer(d < 0 ? -d : d).term
            case .decimal(let d): return XSDNumeric.decimal(d < 0 ? -d : d).term
            case .float(let v): return XSDNumeric.float(abs(v)).term
            case .double(let v): return XSDNumeric.double(abs(v)).term
            }
        case "CEIL": return round(n, .up).term
        case "FLOOR": return round(n, .down).term
        default: return round(n, .toNearestOrAwayFromZero).term
        }
    }

    /// Rounds keeping the type: `.up` is ceiling, `.down` floor, `.toNearestOrAwayFromZero`
    /// stands for XPath fn:round (half toward positive infinity).
    static func round(_ n: XSDNumeric, _ rule: FloatingPointRoundingRule) -> XSDNumeric {
        func fp(_ v: Double) -> Double {
            switch rule {
            case .up: return v.rounded(.up)
            case .down: return v.rounded(.down)
            default: return v.isFinite ? (v + 0.5).rounded(.down) == 0 && v < 0 ? -0.0 : (v + 0.5).rounded(.down) : v
            }
        }
        func dec(_ d: Decimal) -> Decimal {
            var v = d, r = Decimal()
            switch rule {
            case .up: NSDecimalRound(&r, &v, 0, .up)
            case .down: NSDecimalRound(&r, &v, 0, .down)
            default:
                var shifted = d + Decimal(string: "0.5")!
                NSDecimalRound(&r, &shifted, 0, .down)
            }
            return r
        }
        switch n {
        case .integer: return n
        case .decimal(let d): return .decimal(dec(d))
        case .float(let v): return .float(Float(fp(Double(v))))
        case .double(let v): return .double(fp(v))
        }
    }
}
