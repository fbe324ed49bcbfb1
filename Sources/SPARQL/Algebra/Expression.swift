import RDF

/// A SPARQL expression (section 17). Built-in calls keep their upper-cased keyword;
/// calls by IRI (casts, extension functions) keep the IRI.
public indirect enum Expression: Hashable, Sendable {
    case variable(String)
    case term(Term)
    case or(Expression, Expression)
    case and(Expression, Expression)
    case not(Expression)
    case equal(Expression, Expression)
    case notEqual(Expression, Expression)
    case less(Expression, Expression)
    case greater(Expression, Expression)
    case lessOrEqual(Expression, Expression)
    case greaterOrEqual(Expression, Expression)
    case add(Expression, Expression)
    case subtract(Expression, Expression)
    case multiply(Expression, Expression)
    case divide(Expression, Expression)
    case unaryPlus(Expression)
    case unaryMinus(Expression)
    case `in`(Expression, [Expression])
    case notIn(Expression, [Expression])
    case builtin(String, [Expression])
    case function(String, [Expression])
    case exists(Algebra)
    case notExists(Algebra)
    /// Only between parsing and translation: aggregates are replaced by variables.
    case aggregate(Aggregate)

    /// The direct sub-expressions.
    public var children: [Expression] {
        switch self {
        case .variable, .term, .exists, .notExists, .aggregate: return []
        case .not(let a), .unaryPlus(let a), .unaryMinus(let a): return [a]
        case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b),
             .less(let a, let b), .greater(let a, let b), .lessOrEqual(let a, let b), .greaterOrEqual(let a, let b),
             .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            return [a, b]
        case .in(let a, let l), .notIn(let a, let l): return [a] + l
        case .builtin(_, let args), .function(_, let args): return args
        }
    }

    /// Rebuilds the expression bottom-up, replacing each node by `transform`'s answer when non-nil.
    public func rewrite(_ transform: (Expression) throws -> Expression?) rethrows -> Expression {
        if let replaced = try transform(self) { return replaced }
        func r(_ e: Expression) throws -> Expression { try e.rewrite(transform) }
        switch self {
        case .variable, .term, .exists, .notExists, .aggregate: return self
        case .not(let a): return .not(try r(a))
        case .unaryPlus(let a): return .unaryPlus(try r(a))
        case .unaryMinus(let a): return .unaryMinus(try r(a))
        case .or(let a, let b): return .or(try r(a), try r(b))
        case .and(let a, let b): return .and(try r(a), try r(b))
        case .equal(let a, let b): return .equal(try r(a), try r(b))
        case .notEqual(let a, let b): return .notEqual(try r(a), try r(b))
        case .less(let a, let b): return .less(try r(a), try r(b))
        case .greater(let a, let b): return .greater(try r(a), try r(b))
        case .lessOrEqual(let a, let b): return .lessOrEqual(try r(a), try r(b))
        case .greaterOrEqual(let a, let b): return .greaterOrEqual(try r(a), try r(b))
        case .add(let a, let b): return .add(try r(a), try r(b))
        case .subtract(let a, let b): return .subtract(try r(a), try r(b))
        case .multiply(let a, let b): return .multiply(try r(a), try r(b))
        case .divide(let a, let b): return .divide(try r(a), try r(b))
        case .in(let a, let l): return .in(try r(a), try l.map(r))
        case .notIn(let a, let l): return .notIn(try r(a), try l.map(r))
        case .builtin(let n, let args): return .builtin(n, try args.map(r))
        case .function(let n, let args): return .function(n, try args.map(r))
        }
    }

    /// Variables mentioned outside EXISTS patterns.
    public var variables: Set<String> {
        var out = Set<String>()
        func walk(_ e: Expression) {
            if case .variable(let v) = e { out.insert(v) }
            if case .aggregate(let a) = e, let x = a.expression { walk(x) }
            e.children.forEach(walk)
        }
        walk(self)
        return out
    }

    /// True when an aggregate occurs anywhere in the expression.
    public var containsAggregate: Bool {
        if case .aggregate = self { return true }
        return children.contains { $0.containsAggregate }
    }
}

/// An aggregate call (section 18.5).
public struct Aggregate: Hashable, Sendable {
    public enum Function: String, Hashable, Sendable {
        case count = "COUNT", sum = "SUM", avg = "AVG", min = "MIN", max = "MAX"
        case groupConcat = "GROUP_CONCAT", sample = "SAMPLE"
    }
    public var function: Function
    public var distinct: Bool
    /// nil for `COUNT(*)`.
    public var expression: Expression?
    public var separator: String

    public init(_ function: Function, distinct: Bool = false, expression: Expression?, separator: String = " ") {
        self.function = function
        self.distinct = distinct
        self.expression = expression
        self.separator = separator
    }
}
