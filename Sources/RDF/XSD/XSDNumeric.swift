import Foundation

/// A numeric value with the XPath type-promotion order integer → decimal → float → double.
/// Integers derived from xsd:integer (int, long, byte, …) are held as `.integer`.
public enum XSDNumeric: Sendable, Equatable, Hashable {
    case integer(Decimal)
    case decimal(Decimal)
    case float(Float)
    case double(Double)

    /// The numeric value of a well-formed numeric literal; nil for other literals or ill-formed ones.
    public init?(literal: Literal) {
        let lex = literal.lexicalForm, dt = literal.datatype
        if dt == XSD.double || dt == XSD.float {
            guard XSDLexical.isFloatingPoint(lex), let v = XSDLexical.doubleValue(lex) else { return nil }
            self = dt == XSD.double ? .double(v) : .float(Float(lex == "+INF" ? "inf" : lex) ?? Float(v))
        } else if dt == XSD.decimal {
            guard XSDLexical.isDecimal(lex), let v = XSDLexical.decimalValue(lex) else { return nil }
            self = .decimal(v)
        } else if XSDIntegerTypes.contains(dt) {
            guard XSDLexical.isInteger(lex), let v = XSDLexical.decimalValue(lex),
                  XSDIntegerTypes.inRange(v, dt) else { return nil }
            self = .integer(v)
        } else {
            return nil
        }
    }

    /// The numeric value of a term; nil when it is not a well-formed numeric literal.
    public init?(_ term: Term) {
        guard case .literal(let l) = term else { return nil }
        self.init(literal: l)
    }

    /// Position in the promotion order: 0 integer, 1 decimal, 2 float, 3 double.
    public var rank: Int {
        switch self {
        case .integer: return 0
        case .decimal: return 1
        case .float: return 2
        case .double: return 3
        }
    }

    public var datatype: String {
        switch self {
        case .integer: return XSD.integer
        case .decimal: return XSD.decimal
        case .float: return XSD.float
        case .double: return XSD.double
        }
    }

    /// The value as a double (exact conversion is not always possible).
    public var doubleValue: Double {
        switch self {
        case .integer(let d), .decimal(let d): return Double(d.description) ?? .nan
        case .float(let f): return Double(f)
        case .double(let v): return v
        }
    }

    /// The value as an exact decimal; nil for NaN and infinities.
    public var decimalValue: Decimal? {
        switch self {
        case .integer(let d), .decimal(let d): return d
        case .float(let f): return f.isFinite ? Decimal(string: f.description) : nil
        case .double(let v): return v.isFinite ? Decimal(string: v.description) : nil
        }
    }

    /// This value promoted to the type of rank `rank` (never demoted).
    public func promoted(to rank: Int) -> XSDNumeric {
        if rank <= self.rank { return self }
        switch rank {
        case 1: return .decimal(decimalValue ?? 0)
        case 2: return .float(Float(doubleValue))
        default: return .double(doubleValue)
        }
    }

    /// Both operands promoted to their common type.
    public static func promote(_ a: XSDNumeric, _ b: XSDNumeric) -> (XSDNumeric, XSDNumeric) {
        let r = max(a.rank, b.rank)
        return (a.promoted(to: r), b.promoted(to: r))
    }

    /// The canonical literal of this value.
    public var literal: Literal {
        switch self {
        case .integer(let d): return Literal(XSDLexical.canonicalInteger(d), datatype: XSD.integer)
        case .decimal(let d): return Literal(XSDLexical.canonicalDecimal(d), datatype: XSD.decimal)
        case .float(let f): return Literal(XSDLexical.canonicalFloat(f), datatype: XSD.float)
        case .double(let v): return Literal(XSDLexical.canonicalDouble(v), datatype: XSD.double)
        }
    }

    public var term: Term { .literal(literal) }

    /// True for NaN.
    public var isNaN: Bool {
        switch self {
        case .float(let f): return f.isNaN
        case .double(let v): return v.isNaN
        default: return false
        }
    }

    /// True for a numeric zero (either sign) .
    public var isZero: Bool {
        switch self {
        case .integer(let d), .decimal(let d): return d.isZero
        case .float(let f): return f == 0
        case .double(let v): return v == 0
        }
    }

    /// Compares two values after promotion; nil when either is NaN.
    public static func compare(_ a: XSDNumeric, _ b: XSDNumeric) -> Int? {
        let (x, y) = promote(a, b)
        switch (x, y) {
        case let (.integer(p), .integer(q)), let (.decimal(p), .decimal(q)):
            return p < q ? -1 : (p == q ? 0 : 1)
        case let (.float(p), .float(q)):
            if p.isNaN || q.isNaN { return nil }
            return p < q ? -1 : (p == q ? 0 : 1)
        default:
            let p = x.doubleValue, q = y.doubleValue
            if p.isNaN || q.isNaN { return nil }
            return p < q ? -1 : (p == q ? 0 : 1)
        }
    }
}
