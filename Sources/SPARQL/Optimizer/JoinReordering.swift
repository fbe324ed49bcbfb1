/// Reorders chains of joins whose operands are all substitutable (BGPs, paths, VALUES, and GRAPH
/// or UNION of those): the cheapest operand first, then operands connected to variables already
/// bound, so that paths start from bound ends. Join is commutative and associative on multisets,
/// so results are unchanged; only their order may differ, which no unsorted query promises.
struct JoinReordering {
    let estimator: CardinalityEstimator

    func apply(_ a: Algebra) -> Algebra {
        a.rewrite { node in
            guard case .join = node else { return nil }
            var operands: [Algebra] = []
            flatten(node, into: &operands)
            guard operands.count > 1, operands.allSatisfy(Self.isSubstitutable) else { return nil }
            let ordered = order(Self.mergingBGPs(operands))
            if ordered == operands { return nil }
            return ordered.dropFirst().reduce(ordered[0]) { .join($0, $1) }
        }
    }

    private func flatten(_ a: Algebra, into out: inout [Algebra]) {
        if case .join(let x, let y) = a { flatten(x, into: &out); flatten(y, into: &out) } else { out.append(a) }
    }

    static func isSubstitutable(_ a: Algebra) -> Bool { a.isSubstitutable }

    /// The BGP operands of a join chain, filtered or not, as one BGP under the conjunction of their
    /// filters, at the place of the first: `Join(A, Filter(e, B)) = Filter(e, Join(A, B))` when
    /// `B` binds every variable of `e` (true of a substitutable filter), and a join of BGPs is
    /// their union. A filter is then not a wall in the BGP: the evaluator checks each condition
    /// as soon as its variables are bound, whatever pattern binds them.
    static func mergingBGPs(_ operands: [Algebra]) -> [Algebra] {
        var patterns: [TriplePattern] = []
        var conditions: [Expression] = []
        var first: Int?
        var merged = 0
        var out: [Algebra] = []
        for a in operands {
            switch a {
            case .bgp(let ts):
                patterns += ts
            case .filter(let e, .bgp(let ts)):
                patterns += ts
                conditions.append(e)
            default:
                out.append(a)
                continue
            }
            merged += 1
            if first == nil { first = out.count; out.append(a) }
        }
        guard merged > 1, let first else { return operands }
        let bgp = Algebra.bgp(patterns)
        out[first] = conditions.isEmpty ? bgp : .filter(conditions.dropFirst().reduce(conditions[0]) { .and($0, $1) }, bgp)
        return out
    }

    /// A BGP operand (filtered or not) with its patterns ordered knowing `bound` are bound before it.
    func orderingPatterns(_ a: Algebra, bound: Set<String>) -> Algebra {
        let ordering = TriplePatternOrdering(estimator: estimator)
        switch a {
        case .bgp(let ts) where ts.count > 1: return .bgp(ordering.order(ts, bound: bound))
        case .filter(let e, .bgp(let ts)) where ts.count > 1: return .filter(e, .bgp(ordering.order(ts, bound: bound)))
        default: return a
        }
    }

    /// The estimated cost of an operand once `bound` variables are known.
    func cost(_ a: Algebra, bound: Set<String>) -> Double {
        switch a {
        case .path(let s, _, let o):
            let fixed = [s, o].contains { p in
                if case .variable(let v) = p { return bound.contains(v) }
                return true
            }
            return fixed ? 10 : estimator.estimate(a) * 10
        case .bgp(let ts):
            guard let first = ts.first else { return 1 }
            return ts.map { estimator.estimate($0, bound: bound) }.min() ?? estimator.estimate(first, bound: bound)
        case .filter(_, let x) where x.isSubstitutable:
            return cost(x, bound: bound)
        default:
            return estimator.estimate(a)
        }
    }

    func order(_ operands: [Algebra]) -> [Algebra] {
        var remaining = operands.map { (op: $0, vars: $0.inScopeVariables, certain: $0.certainlyBoundVariables) }
        var out: [Algebra] = []
        var bound = Set<String>()
        while !remaining.isEmpty {
            var best = 0
            var bestScore = (1, Double.infinity)
            for (i, a) in remaining.enumerated() {
                let connected = out.isEmpty || !a.vars.isDisjoint(with: bound) || a.vars.isEmpty
                let score = (connected ? 0 : 1, cost(a.op, bound: bound))
                if score < bestScore { bestScore = score; best = i }
            }
            let a = remaining.remove(at: best)
            out.append(orderingPatterns(a.op, bound: bound))
            bound.formUnion(a.certain)
        }
        return out
    }
}
