import Foundation
import RDF

extension ExpressionFunctions {
    /// `a + b` with numeric type promotion.
    public static func add(_ a: Term, _ b: Term) throws -> Term {
        if let n = try smallIntegers(a, b, { $0.addingReportingOverflow($1) }) { return n }
        return try arithmetic(a, b, "+", { $0 + $1 }, { $0 + $1 }, { $0 + $1 })
    }

    /// `a - b` with numeric type promotion.
    public static func subtract(_ a: Term, _ b: Term) throws -> Term {
        if let n = try smallIntegers(a, b, { $0.subtractingReportingOverflow($1) }) { return n }
        return try arithmetic(a, b, "-", { $0 - $1 }, { $0 - $1 }, { $0 - $1 })
    }

    /// `a * b` with numeric type promotion.
    public static func multiply(_ a: Term, _ b: Term) throws -> Term {
        if let n = try smallIntegers(a, b, { $0.multipliedReportingOverflow(by: $1) }) { return n }
        return try arithmetic(a, b, "*", { $0 * $1 }, { $0 * $1 }, { $0 * $1 })
    }

    /// `a / b`: integer / integer gives a decimal; a zero integer or decimal divisor is an error,
    /// float and double follow IEEE 754 (INF, NaN).
    public static func divide(_ a: Term, _ b: Term) throws -> Term {
        let x = try numericArgument(a, "/"), y = try numericArgument(b, "/")
        var (p, q) = XSDNumeric.promote(x, y)
        if case .integer(let v) = p, case .integer(let w) = q { p = .decimal(v); q = .decimal(w) }
        switch (p, q) {
        case let (.decimal(v), .decimal(w)):
            if w.isZero { throw ExpressionError.divisionByZero }
            return try checked(.decimal(v / w))
        case let (.float(v), .float(w)): return XSDNumeric.float(v / w).term
        default: return XSDNumeric.double(p.doubleValue / q.doubleValue).term
        }
    }

    /// Unary `-`.
    public static func unaryMinus(_ a: Term) throws -> Term {
        switch try numericArgument(a, "unary -") {
        case .integer(let v): return XSDNumeric.integer(-v).term
        case .decimal(let v): return XSDNumeric.decimal(-v).term
        case .float(let v): return XSDNumeric.float(-v).term
        case .double(let v): return XSDNumeric.double(-v).term
        }
    }

    /// Unary `+`: the numeric value itself (in canonical form).
    public static func unaryPlus(_ a: Term) throws -> Term {
        try numericArgument(a, "unary +").term
    }

    private static func arithmetic(_ a: Term, _ b: Term, _ op: String,
                                   _ exact: (Decimal, Decimal) -> Decimal,
                                   _ single: (Float, Float) -> Float,
                                   _ double: (Double, Double) -> Double) throws -> Term {
        let x = try numericArgument(a, op), y = try numericArgument(b, op)
        switch XSDNumeric.promote(x, y) {
        case let (.integer(v), .integer(w)): return try checked(.integer(exact(v, w)))
        case let (.decimal(v), .decimal(w)): return try checked(.decimal(exact(v, w)))
        case let (.float(v), .float(w)): return XSDNumeric.float(single(v, w)).term
        case let (p, q): return XSDNumeric.double(double(p.doubleValue, q.doubleValue)).term
        }
    }

    /// Two xsd:integer literals whose lexical forms are machine integers, combined without going
    /// through `Decimal` (the result's canonical form is the same); nil when either is anything
    /// else or the result overflows, and the general path decides.
    private static func smallIntegers(_ a: Term, _ b: Term, _ op: (Int, Int) -> (partialValue: Int, overflow: Bool)) throws -> Term? {
        guard case .literal(let x) = a, case .literal(let y) = b, x.datatype == XSD.integer, y.datatype == XSD.integer,
              let v = Int(x.lexicalForm), let w = Int(y.lexicalForm) else { return nil }
        let (r, overflow) = op(v, w)
        return overflow ? nil : .typed(String(r), XSD.integer)
    }

    /// Decimal arithmetic overflows to NaN; that is an error, not a value.
    private static func checked(_ n: XSDNumeric) throws -> Term {
        switch n {
        case .integer(let d), .decimal(let d):
            if d.isNaN { throw ExpressionError.invalidArgument("numeric overflow") }
        default: break
        }
        return n.term
    }
}
