import RDF

extension Evaluator {
    /// Group and aggregate (section 18.5): one row per group binding the keys and the aggregates.
    /// Aggregates are folded as rows stream in; groups keep only their accumulators.
    func evaluateGroup(_ input: Algebra, _ keys: [GroupKey], _ aggregates: [AggregateBinding],
                       _ graph: ActiveGraph) throws -> [Row] {
        var groups: [[TermID]: Int] = [:]
        var keyList: [[TermID]] = []
        var accumulators: [[AggregateAccumulator]] = []
        let fresh = aggregates.map { AggregateAccumulator($0.aggregate) }
        try run(input, emptyRow, graph) { row in
            var key: [TermID] = []
            key.reserveCapacity(keys.count)
            for k in keys {
                if let t = try self.evaluateOrNil(k.expression, row, graph) { key.append(self.terms.id(t)) } else { key.append(0) }
            }
            let index: Int
            if let i = groups[key] { index = i } else {
                if keyList.count >= self.maxIntermediateRows {
                    throw QueryEvaluationError.tooManyIntermediateRows(limit: self.maxIntermediateRows)
                }
                index = keyList.count
                groups[key] = index
                keyList.append(key)
                accumulators.append(fresh)
            }
            for (i, binding) in aggregates.enumerated() {
                let value = try binding.aggregate.expression.flatMap { try self.evaluateOrNil($0, row, graph) }
                accumulators[index][i].add(row: row, value: value)
            }
        }
        if keys.isEmpty && keyList.isEmpty {
            keyList = [[]]
            accumulators = [fresh]
        }
        var out: [Row] = []
        for (g, key) in keyList.enumerated() {
            try governor.tick()
            var row = emptyRow
            for (i, k) in keys.enumerated() {
                if let slot = slots[k.variable] { row[slot] = key[i] }
            }
            for (i, binding) in aggregates.enumerated() {
                guard let slot = slots[binding.variable] else { continue }
                if let value = accumulators[g][i].result() { row[slot] = terms.id(value) }
            }
            out.append(row)
        }
        return out
    }
}
