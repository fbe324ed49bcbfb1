import RDF

/// DESCRIBE answers the concise bounded description of each resource: its triples in the
/// default graph, following blank-node objects, at most `maxDescribeTriples` per resource.
struct DescribeBuilder {
    let evaluator: Evaluator
    let options: QueryOptions

    func describe(_ targets: [PatternTerm], _ algebra: Algebra) throws -> [Triple] {
        var resources: [TermID] = []
        var seenResources = Set<TermID>()
        func add(_ id: TermID) { if id != 0, seenResources.insert(id).inserted { resources.append(id) } }
        let variables = targets.compactMap(\.variableName).compactMap { evaluator.slots[$0] }
        for case .term(let t) in targets { add(evaluator.terms.id(t)) }
        if !variables.isEmpty {
            try evaluator.run(algebra, evaluator.emptyRow, evaluator.defaultGraph) { row in
                for slot in variables { add(row[slot]) }
            }
        }
        var out: [Triple] = []
        var seen = Set<IDQuad>()
        for r in resources where evaluator.terms.isDatasetID(r) {
            var count = 0
            var pending = [r]
            var visited = Set<TermID>([r])
            while let node = pending.popLast(), count < options.maxDescribeTriples {
                try evaluator.matchQuads(node, nil, nil, evaluator.defaultGraph) { q in
                    try evaluator.governor.tick()
                    guard count < options.maxDescribeTriples else { return }
                    let key = IDQuad(q.subject, q.predicate, q.object)
                    guard seen.insert(key).inserted else { return }
                    count += 1
                    if let limit = options.maxRows, out.count >= limit { throw QueryEvaluationError.tooManyRows(limit: limit) }
                    out.append(Triple(evaluator.terms.term(q.subject), evaluator.terms.term(q.predicate), evaluator.terms.term(q.object)))
                    if evaluator.terms.term(q.object).isBlankNode, visited.insert(q.object).inserted { pending.append(q.object) }
                }
            }
        }
        return out
    }
}
