/// Orders each BGP's triple patterns greedily: the most selective pattern first, then patterns
/// connected to variables already bound, cheapest (by the dataset's estimates) first.
struct TriplePatternOrdering {
    let estimator: CardinalityEstimator

    func apply(_ a: Algebra) -> Algebra {
        a.rewrite { node in
            guard case .bgp(let ts) = node, ts.count > 1 else { return nil }
            return .bgp(order(ts))
        }
    }

    /// The patterns in evaluation order; `bound` are variables bound before the BGP runs (by the
    /// operands a join evaluates first).
    func order(_ patterns: [TriplePattern], bound initial: Set<String> = []) -> [TriplePattern] {
        var remaining = patterns.map { (pattern: $0, vars: $0.variables) }
        var out: [TriplePattern] = []
        var bound = initial
        while !remaining.isEmpty {
            var best = 0
            var bestScore = (Int.max, Double.infinity)
            for (i, t) in remaining.enumerated() {
                let connected = (out.isEmpty && initial.isEmpty) || t.vars.contains(where: bound.contains) || t.vars.isEmpty
                let score = (connected ? 0 : 1, estimator.estimate(t.pattern, bound: bound))
                if score < bestScore { bestScore = score; best = i }
            }
            let t = remaining.remove(at: best)
            out.append(t.pattern)
            bound.formUnion(t.vars)
        }
        return out
    }
}
