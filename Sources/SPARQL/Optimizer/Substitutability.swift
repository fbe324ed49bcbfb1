extension Algebra {
    /// Patterns whose solutions under a seed row equal their own solutions joined with the seed, so
    /// a join may pass its left side's bindings into them (an index nested-loop, or bind, join):
    /// BGPs, paths, VALUES; joins, unions and GRAPH of those; and a FILTER over one of those whose
    /// condition reads only variables the pattern always binds (the seed cannot change its value)
    /// and depends on nothing but the row (no EXISTS, RAND, BNODE, ...).
    var isSubstitutable: Bool {
        switch self {
        case .bgp, .path, .table: return true
        case .join(let a, let b), .union(let a, let b): return a.isSubstitutable && b.isSubstitutable
        case .graph(_, let a): return a.isSubstitutable
        case .filter(let e, let a):
            return a.isSubstitutable && FilterPushDown.isPushable(e) && e.variables.isSubset(of: a.certainlyBoundVariables)
        default: return false
        }
    }
}

extension Expression {
    /// The operands of a chain of `&&` (a FILTER passes a row when every one is true).
    var conjuncts: [Expression] {
        if case .and(let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }
}
