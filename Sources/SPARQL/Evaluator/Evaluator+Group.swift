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
        // Variables are grouped and counted on their ids, without decoding terms.
        let keySlots = keys.map { k -> Int? in if case .variable(let v) = k.expression { return slots[v] }; return nil }
        let countSlots = aggregates.map { b -> Int? in
            guard b.aggregate.function == .count, !b.aggregate.distinct,
                  case .variable(let v)? = b.aggregate.expression else { return nil }
            return slots[v]
        }
        let distinctCountSlots = aggregates.map { b -> Int? in
            guard b.aggregate.function == .count, b.aggregate.distinct,
                  case .variable(let v)? = b.aggregate.expression else { return nil }
            return slots[v]
        }
        var singleKeyGroups: [TermID: Int] = [:]
        let singleKey = keys.count == 1 ? keySlots[0] : nil
        try run(input, emptyRow, graph) { row in
            var key: [TermID] = []
            let index: Int
            if let slot = singleKey, let i = singleKeyGroups[row[slot]] { index = i } else {
                key.reserveCapacity(keys.count)
                for (i, k) in keys.enumerated() {
                    if let slot = keySlots[i] { key.append(row[slot]); continue }
                    if let t = try self.evaluateOrNil(k.expression, row, graph) { key.append(self.terms.id(t)) } else { key.append(0) }
                }
                if let i = groups[key] { index = i } else {
                    if keyList.count >= self.maxIntermediateRows {
                        throw QueryEvaluationError.tooManyIntermediateRows(limit: self.maxIntermediateRows)
                    }
                    index = keyList.count
                    groups[key] = index
                    keyList.append(key)
                    accumulators.append(fresh)
                }
                if let slot = singleKey { singleKeyGroups[row[slot]] = index }
            }
            for (i, binding) in aggregates.enumerated() {
                if let slot = countSlots[i] {
                    if row[slot] != 0 { accumulators[index][i].addCounted() }
                    continue
                }
                if let slot = distinctCountSlots[i] {
                    if row[slot] != 0 { accumulators[index][i].addDistinctID(row[slot]) }
                    continue
                }
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
