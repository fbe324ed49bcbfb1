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
        // Each pattern's estimate with constants only, computed once; a bound variable divides it by 10.
        var remaining = patterns.map { (pattern: $0, base: estimator.estimate($0), vars: $0.variables) }
        var out: [TriplePattern] = []
        var bound = Set<String>()
        while !remaining.isEmpty {
            var best = 0
            var bestScore = (Int.max, Double.infinity)
            for (i, t) in remaining.enumerated() {
                let boundCount = t.vars.filter(bound.contains).count
                let connected = out.isEmpty || boundCount > 0 || t.vars.isEmpty
                var estimate = t.base
                for _ in 0..<boundCount { estimate = (estimate / 10).rounded(.up) }
                let score = (connected ? 0 : 1, estimate)
                if score < bestScore { bestScore = score; best = i }
            }
            let t = remaining.remove(at: best)
            out.append(t.pattern)
            bound.formUnion(t.vars)
        }
        return out
    }
}
