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

    func order(_ patterns: [TriplePattern]) -> [TriplePattern] {
        var remaining = patterns
        var out: [TriplePattern] = []
        var bound = Set<String>()
        while !remaining.isEmpty {
            var best = 0
            var bestScore = (Int.max, Double.infinity)
            for (i, t) in remaining.enumerated() {
                let connected = out.isEmpty || t.variables.contains(where: bound.contains) || t.variables.isEmpty
                let score = (connected ? 0 : 1, estimator.estimate(t, bound: bound))
                if score < bestScore { bestScore = score; best = i }
            }
            let t = remaining.remove(at: best)
            out.append(t)
            bound.formUnion(t.variables)
        }
        return out
    }
}
