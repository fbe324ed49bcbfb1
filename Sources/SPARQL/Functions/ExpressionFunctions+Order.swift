import Foundation
import RDF

extension ExpressionFunctions {
    /// ORDER BY's total order (section 15.1): unbound < blank nodes < IRIs < literals. Literals are
    /// grouped (numerics, booleans, date/times, durations, strings, language strings, others),
    /// ordered by value inside a group, then by lexical form, datatype and language.
    public static func orderCompare(_ a: Term?, _ b: Term?) -> Int {
        guard let a else { return b == nil ? 0 : -1 }
        guard let b else { return 1 }
        switch (a, b) {
        case let (.blankNode(x), .blankNode(y)): return compareCodePoints(x, y)
        case let (.iri(x), .iri(y)): return compareCodePoints(x, y)
        case let (.literal(x), .literal(y)): return orderLiterals(x, y)
        default: return kindRank(a) < kindRank(b) ? -1 : 1
        }
    }

    private static func kindRank(_ t: Term) -> Int {
        switch t {
        case .blankNode: return 0
        case .iri: return 1
        case .literal: return 2
        }
    }

    private static func orderLiterals(_ x: Literal, _ y: Literal) -> Int {
        if x == y { return 0 }
        let vx = LiteralValue(x), vy = LiteralValue(y)
        let gx = group(vx), gy = group(vy)
        if gx != gy { return gx < gy ? -1 : 1 }
        var c = 0
        switch (vx, vy) {
        case let (.numeric(p), .numeric(q)):
            // NaN sorts first among numerics.
            switch (p.isNaN, q.isNaN) {
            case (true, false): c = -1
            case (false, true): c = 1
            case (true, true): c = 0
            default: c = XSDNumeric.compare(p, q) ?? 0
            }
        case let (.boolean(p), .boolean(q)): c = p == q ? 0 : (p ? 1 : -1)
        case let (.dateTime(p), .dateTime(q)):
            if p.kind != q.kind { c = compareCodePoints(p.kind.rawValue, q.kind.rawValue) }
            else {
                let s = p.timelineSeconds, t = q.timelineSeconds
                c = s < t ? -1 : (s == t ? 0 : 1)
            }
        case let (.duration(p), .duration(q)):
            c = p.months != q.months ? (p.months < q.months ? -1 : 1)
                : (p.seconds < q.seconds ? -1 : (p.seconds == q.seconds ? 0 : 1))
        case let (.langString(p, l), .langString(q, m)):
            c = compareCodePoints(p, q)
            if c == 0 { c = compareCodePoints(l, m) }
        case let (.string(p), .string(q)): c = compareCodePoints(p, q)
        default: break
        }
        if c != 0 { return c }
        c = compareCodePoints(x.lexicalForm, y.lexicalForm)
        if c != 0 { return c }
        c = compareCodePoints(x.datatype, y.datatype)
        if c != 0 { return c }
        return compareCodePoints(x.language ?? "", y.language ?? "")
    }

    private static func group(_ v: LiteralValue) -> Int {
        switch v {
        case .numeric: return 0
        case .boolean: return 1
        case .dateTime: return 2
        case .duration: return 3
        case .string: return 4
        case .langString: return 5
        case .other: return 6
        }
    }
}
