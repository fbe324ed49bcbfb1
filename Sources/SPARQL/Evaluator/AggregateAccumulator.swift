import RDF

/// Folds one aggregate over a group's rows as they stream by (section 18.5), so groups never hold rows.
struct AggregateAccumulator {
    let aggregate: Aggregate
    private var count = 0
    private var total: Term? = .typed("0", XSD.integer)
    private var extreme: Term?
    private var sample: Term?
    private var parts: [String] = []
    private var failed = false
    private var seenValues = Set<Term>()
    private var seenRows = Set<Row>()
    private var seenIDs = Set<TermID>()

    init(_ aggregate: Aggregate) {
        self.aggregate = aggregate
    }

    /// Adds one row to a plain COUNT whose expression has a value (the evaluator's id-level fast path).
    mutating func addCounted() { count += 1 }

    /// Adds one bound value to a COUNT(DISTINCT ?v), by its id: equal terms have equal ids
    /// (`TermResolver`), so distinct ids are distinct terms and no term is decoded.
    mutating func addDistinctID(_ id: TermID) {
        if seenIDs.insert(id).inserted { count += 1 }
    }

    /// Adds one row: `value` is the aggregate expression's value (nil when it is an error).
    mutating func add(row: Row, value: Term?) {
        guard aggregate.expression != nil else {
            // COUNT(*) / COUNT(DISTINCT *)
            if !aggregate.distinct || seenRows.insert(row).inserted { count += 1 }
            return
        }
        guard let value else {
            if aggregate.function != .count && aggregate.function != .sample
                && aggregate.function != .min && aggregate.function != .max { failed = true }
            return
        }
        if aggregate.distinct && !seenValues.insert(value).inserted { return }
        count += 1
        switch aggregate.function {
        case .count: break
        case .sum, .avg:
            if let t = total { total = try? ExpressionFunctions.add(t, value) }
            if total == nil { failed = true }
        case .min:
            if extreme == nil || ExpressionFunctions.orderCompare(value, extreme) < 0 { extreme = value }
        case .max:
            if extreme == nil || ExpressionFunctions.orderCompare(value, extreme) > 0 { extreme = value }
        case .sample:
            if sample == nil { sample = value }
        case .groupConcat:
            // The string value of each term, as STR gives it; blank nodes have none.
            switch value {
            case .literal(let l): parts.append(l.lexicalForm)
            case .iri(let i): parts.append(i)
            case .blankNode: failed = true
            }
        }
    }

    /// The aggregate's value, or nil when it is an error.
    func result() -> Term? {
        switch aggregate.function {
        case .count: return .typed(String(count), XSD.integer)
        case .sum: return failed ? nil : total
        case .avg:
            if failed { return nil }
            guard let total else { return nil }
            if count == 0 { return .typed("0", XSD.integer) }
            return try? ExpressionFunctions.divide(total, .typed(String(count), XSD.integer))
        case .min, .max: return extreme
        case .sample: return sample
        case .groupConcat: return failed ? nil : .string(parts.joined(separator: aggregate.separator))
        }
    }
}
