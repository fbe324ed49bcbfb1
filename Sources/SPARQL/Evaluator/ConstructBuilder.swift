import RDF

/// Instantiates a CONSTRUCT template for each solution (section 16.2): fresh blank nodes per
/// solution, triples with unbound or ill-placed terms left out, duplicates removed.
struct ConstructBuilder {
    let evaluator: Evaluator
    let template: [TriplePattern]
    let limit: Int?
    /// Keeps the template's fresh blank nodes apart from the data's own labels.
    let prefix = "c" + String(UInt32.random(in: 0...UInt32.max), radix: 36) + "x"

    func build(_ algebra: Algebra) throws -> [Triple] {
        var out: [Triple] = []
        var seen = Set<Triple>()
        var solution = 0
        try evaluator.run(algebra, evaluator.emptyRow, evaluator.defaultGraph) { row in
            solution += 1
            for pattern in template {
                guard let s = instantiate(pattern.subject, row, solution),
                      let p = instantiate(pattern.predicate, row, solution),
                      let o = instantiate(pattern.object, row, solution) else { continue }
                guard !s.isLiteral, p.isIRI else { continue }
                let t = Triple(s, p, o)
                if seen.insert(t).inserted {
                    if let limit, out.count >= limit { throw QueryEvaluationError.tooManyRows(limit: limit) }
                    out.append(t)
                }
            }
        }
        return out
    }

    private func instantiate(_ p: PatternTerm, _ row: Row, _ solution: Int) -> Term? {
        switch p {
        case .term(.blankNode(let label)): return .blankNode("\(prefix)\(solution)_\(label)")
        case .term(let t): return t
        case .variable(let v):
            guard let slot = evaluator.slots[v], row[slot] != 0 else { return nil }
            return evaluator.terms.term(row[slot])
        }
    }
}
