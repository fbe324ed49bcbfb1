import RDF

extension Evaluator {
    /// Group and aggregate (section 18.5): one row per group binding the keys and the aggregates.
    func evaluateGroup(_ input: Algebra, _ keys: [GroupKey], _ aggregates: [AggregateBinding],
                       _ graph: ActiveGraph) throws -> [Row] {
        var groups: [[TermID]: [Row]] = [:]
        var order: [[TermID]] = []
        try run(input, emptyRow, graph) { row in
            var key: [TermID] = []
            key.reserveCapacity(keys.count)
            for k in keys {
                if let t = try self.evaluateOrNil(k.expression, row, graph) { key.append(self.terms.id(t)) } else { key.append(0) }
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        if keys.isEmpty && groups.isEmpty {
            groups[[]] = []
            order = [[]]
        }
        var out: [Row] = []
        for key in order {
            try governor.tick()
            let members = groups[key] ?? []
            var row = emptyRow
            for (i, k) in keys.enumerated() {
                if let slot = slots[k.variable] { row[slot] = key[i] }
            }
            for binding in aggregates {
                guard let slot = slots[binding.variable] else { continue }
                if let value = try aggregate(binding.aggregate, members, graph) { row[slot] = terms.id(value) }
            }
            out.append(row)
        }
        return out
    }

    /// One aggregate over a group's rows; nil when the aggregate is an error.
    func aggregate(_ agg: Aggregate, _ rows: [Row], _ graph: ActiveGraph) throws -> Term? {
        guard let expression = agg.expression else {
            // COUNT(*) / COUNT(DISTINCT *)
            let n = agg.distinct ? Set(rows).count : rows.count
            return .typed(String(n), XSD.integer)
        }
        var values: [Term] = []
        var errors = 0
        for row in rows {
            try governor.tick()
            if let v = try evaluateOrNil(expression, row, graph) { values.append(v) } else { errors += 1 }
        }
        if agg.distinct {
            var seen = Set<Term>()
            values = values.filter { seen.insert($0).inserted }
        }
        do {
            switch agg.function {
            case .count:
                return .typed(String(values.count), XSD.integer)
            case .sum:
                if errors > 0 { return nil }
                var total = Term.typed("0", XSD.integer)
                for v in values { total = try ExpressionFunctions.add(total, v) }
                return total
            case .avg:
                if errors > 0 { return nil }
                if values.isEmpty { return .typed("0", XSD.integer) }
                var total = Term.typed("0", XSD.integer)
                for v in values { total = try ExpressionFunctions.add(total, v) }
                return try ExpressionFunctions.divide(total, .typed(String(values.count), XSD.integer))
            case .min:
                if errors > 0 && values.isEmpty { return nil }
                return values.min { ExpressionFunctions.orderCompare($0, $1) < 0 }
            case .max:
                if errors > 0 && values.isEmpty { return nil }
                return values.max { ExpressionFunctions.orderCompare($0, $1) < 0 }
            case .sample:
                return values.first
            case .groupConcat:
                if errors > 0 { return nil }
                var parts: [String] = []
                for v in values {
                    guard case .literal(let l) = v else { return nil }
                    parts.append(l.lexicalForm)
                }
                return .string(parts.joined(separator: agg.separator))
            }
        } catch let error as QueryEvaluationError {
            throw error
        } catch {
            return nil
        }
    }
}
