extension Algebra {
    /// True when a SERVICE pattern occurs anywhere in the query, including inside
    /// EXISTS / NOT EXISTS of filters, BIND, OPTIONAL conditions, GROUP BY and ORDER BY.
    public var containsService: Bool {
        if case .service = self { return true }
        if children.contains(where: \.containsService) { return true }
        return ownExpressions.contains(where: \.containsService)
    }

    /// The expressions held by this node itself (not by its children).
    private var ownExpressions: [Expression] {
        switch self {
        case .filter(let e, _), .extend(_, _, let e): return [e]
        case .leftJoin(_, _, let e): return e.map { [$0] } ?? []
        case .group(_, let keys, _): return keys.map(\.expression)
        case .orderBy(_, let conditions): return conditions.map(\.expression)
        default: return []
        }
    }
}

extension Expression {
    /// True when an EXISTS / NOT EXISTS pattern in the expression holds a SERVICE.
    public var containsService: Bool {
        switch self {
        case .exists(let a), .notExists(let a): return a.containsService
        default: return children.contains(where: \.containsService)
        }
    }
}
