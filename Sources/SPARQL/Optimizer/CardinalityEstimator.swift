import RDF

/// Estimates result sizes from the dataset's own pattern statistics.
struct CardinalityEstimator {
    let dataset: any QueryableDataset

    /// Matches of one triple pattern; variables in `bound` count as known values.
    func estimate(_ t: TriplePattern, bound: Set<String> = []) -> Double {
        var pattern = QuadPattern(graph: .defaultGraph)
        var boundPositions: [Int] = []
        for (i, p) in [t.subject, t.predicate, t.object].enumerated() {
            switch p {
            case .term(let term):
                guard let id = dataset.id(for: term) else { return 0 }
                if i == 0 { pattern.subject = id } else if i == 1 { pattern.predicate = id } else { pattern.object = id }
            case .variable(let v):
                // A variable repeated in the pattern counts once.
                if bound.contains(v), !boundPositions.contains(where: { [t.subject, t.predicate, t.object][$0] == p }) {
                    boundPositions.append(i)
                }
            }
        }
        var n = Double(dataset.estimatedCardinality(pattern))
        var inDefaultGraph = true
        if n == 0 {
            // Nothing in the default graph: the pattern may still match in named graphs.
            pattern.graph = .anyNamed
            n = Double(dataset.estimatedCardinality(pattern))
            inDefaultGraph = false
        }
        // A subject or object bound by an earlier pattern: the matches of one value, from the
        // predicate's distinct subjects or objects when the dataset keeps them, else a tenth.
        let stats = inDefaultGraph ? pattern.predicate.flatMap(dataset.predicateStatistics) : nil
        for position in boundPositions {
            var divisor = 10.0
            if let stats, position == 0, stats.distinctSubjects > 0 { divisor = Double(stats.distinctSubjects) }
            if let stats, position == 2, stats.distinctObjects > 0 { divisor = Double(stats.distinctObjects) }
            n /= divisor
        }
        return boundPositions.isEmpty ? n : max(n, 0.01)
    }

    func estimate(_ a: Algebra) -> Double {
        switch a {
        case .bgp(let ts):
            if ts.isEmpty { return 1 }
            var bound = Set<String>()
            var total = 1.0
            for t in ts {
                total *= max(estimate(t, bound: bound), t.variables.allSatisfy(bound.contains) ? 1 : 0)
                bound.formUnion(t.variables)
                if total == 0 { return 0 }
            }
            return total
        case .path: return Double(dataset.estimatedCardinality(QuadPattern()))
        case .join(let x, let y): return min(estimate(x) * estimate(y), max(estimate(x), estimate(y)) * 10)
        case .leftJoin(let x, _, _), .minus(let x, _): return estimate(x)
        case .union(let x, let y): return estimate(x) + estimate(y)
        case .filter(_, let x): return (estimate(x) / 2).rounded(.up)
        case .graph(_, let x), .service(_, let x, _), .extend(let x, _, _), .orderBy(let x, _),
             .project(let x, _), .distinct(let x), .reduced(let x):
            return estimate(x)
        case .group(let x, let keys, _): return keys.isEmpty ? 1 : max(1, (estimate(x) / 2).rounded(.up))
        case .slice(let x, _, let limit): return min(estimate(x), limit.map(Double.init) ?? .infinity)
        case .table(_, let rows): return Double(rows.count)
        }
    }
}
