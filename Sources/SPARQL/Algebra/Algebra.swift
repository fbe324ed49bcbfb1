import RDF

/// The SPARQL algebra (section 18): what a query pattern means, independent of its syntax.
public indirect enum Algebra: Hashable, Sendable {
    case bgp([TriplePattern])
    case path(PatternTerm, PropertyPath, PatternTerm)
    case join(Algebra, Algebra)
    case leftJoin(Algebra, Algebra, Expression?)
    case filter(Expression, Algebra)
    case union(Algebra, Algebra)
    case minus(Algebra, Algebra)
    case graph(PatternTerm, Algebra)
    case service(PatternTerm, Algebra, silent: Bool)
    case extend(Algebra, String, Expression)
    case group(Algebra, keys: [GroupKey], aggregates: [AggregateBinding])
    case orderBy(Algebra, [OrderCondition])
    case project(Algebra, [String])
    case distinct(Algebra)
    case reduced(Algebra)
    case slice(Algebra, offset: Int, limit: Int?)
    case table(variables: [String], rows: [[Term?]])

    /// The empty group pattern: one solution binding nothing.
    public static let unit = Algebra.bgp([])

    /// The direct sub-patterns.
    public var children: [Algebra] {
        switch self {
        case .bgp, .path, .table: return []
        case .join(let a, let b), .leftJoin(let a, let b, _), .union(let a, let b), .minus(let a, let b): return [a, b]
        case .filter(_, let a), .graph(_, let a), .service(_, let a, _), .extend(let a, _, _),
             .group(let a, _, _), .orderBy(let a, _), .project(let a, _), .distinct(let a),
             .reduced(let a), .slice(let a, _, _):
            return [a]
        }
    }

    /// Rebuilds the tree bottom-up: children first, then `transform` on the node
    /// (returning nil keeps the node as rebuilt).
    public func rewrite(_ transform: (Algebra) throws -> Algebra?) rethrows -> Algebra {
        let rebuilt: Algebra
        func r(_ a: Algebra) throws -> Algebra { try a.rewrite(transform) }
        switch self {
        case .bgp, .path, .table: rebuilt = self
        case .join(let a, let b): rebuilt = .join(try r(a), try r(b))
        case .leftJoin(let a, let b, let e): rebuilt = .leftJoin(try r(a), try r(b), e)
        case .union(let a, let b): rebuilt = .union(try r(a), try r(b))
        case .minus(let a, let b): rebuilt = .minus(try r(a), try r(b))
        case .filter(let e, let a): rebuilt = .filter(e, try r(a))
        case .graph(let g, let a): rebuilt = .graph(g, try r(a))
        case .service(let s, let a, let silent): rebuilt = .service(s, try r(a), silent: silent)
        case .extend(let a, let v, let e): rebuilt = .extend(try r(a), v, e)
        case .group(let a, let k, let ag): rebuilt = .group(try r(a), keys: k, aggregates: ag)
        case .orderBy(let a, let c): rebuilt = .orderBy(try r(a), c)
        case .project(let a, let v): rebuilt = .project(try r(a), v)
        case .distinct(let a): rebuilt = .distinct(try r(a))
        case .reduced(let a): rebuilt = .reduced(try r(a))
        case .slice(let a, let o, let l): rebuilt = .slice(try r(a), offset: o, limit: l)
        }
        return try transform(rebuilt) ?? rebuilt
    }

    /// Variables that may be bound by solutions of this pattern (in-scope variables, section 18.2.1).
    public var inScopeVariables: Set<String> {
        switch self {
        case .bgp(let ts): return Set(ts.flatMap(\.variables))
        case .path(let s, _, let o): return Set([s, o].compactMap(\.variableName))
        case .join(let a, let b), .leftJoin(let a, let b, _), .union(let a, let b):
            return a.inScopeVariables.union(b.inScopeVariables)
        case .minus(let a, _): return a.inScopeVariables
        case .filter(_, let a), .orderBy(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _):
            return a.inScopeVariables
        case .graph(let g, let a), .service(let g, let a, _):
            var s = a.inScopeVariables
            if let v = g.variableName { s.insert(v) }
            return s
        case .extend(let a, let v, _): return a.inScopeVariables.union([v])
        case .group(_, let keys, let aggs): return Set(keys.map(\.variable) + aggs.map(\.variable))
        case .project(_, let vars): return Set(vars)
        case .table(let vars, _): return Set(vars)
        }
    }
}

/// One `GROUP BY` key: the expression and the variable its value is bound to.
public struct GroupKey: Hashable, Sendable {
    public var expression: Expression
    public var variable: String
    public init(_ expression: Expression, as variable: String) {
        self.expression = expression
        self.variable = variable
    }
}

/// An aggregate computed per group and bound to a (usually hidden) variable.
public struct AggregateBinding: Hashable, Sendable {
    public var variable: String
    public var aggregate: Aggregate
    public init(_ variable: String, _ aggregate: Aggregate) {
        self.variable = variable
        self.aggregate = aggregate
    }
}

/// One `ORDER BY` condition.
public struct OrderCondition: Hashable, Sendable {
    public var expression: Expression
    public var ascending: Bool
    public init(_ expression: Expression, ascending: Bool = true) {
        self.expression = expression
        self.ascending = ascending
    }
}
