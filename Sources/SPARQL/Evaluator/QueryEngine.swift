import RDF

/// Runs parsed queries against any `QueryableDataset`.
public struct QueryEngine: Sendable {
    public var optimizer: QueryOptimizer

    public init(optimizer: QueryOptimizer = QueryOptimizer()) {
        self.optimizer = optimizer
    }

    /// Evaluates `query`. Throws `QueryEvaluationError` on timeout, cancellation, too many results
    /// or SERVICE; never returns a truncated result as if it were complete.
    public func execute(_ query: SPARQLQuery, on dataset: some QueryableDataset,
                        options: QueryOptions = QueryOptions()) throws -> QueryResult {
        let flag = DeepStack.CancellationFlag()
        var options = options
        let callerCancelled = options.isCancelled
        options.isCancelled = { flag.isSet || (callerCancelled?() ?? false) }
        return try DeepStack.run(flag) { try evaluate(query, on: dataset, options: options) }
    }

    private func evaluate(_ query: SPARQLQuery, on dataset: some QueryableDataset,
                          options: QueryOptions) throws -> QueryResult {
        let algebra = optimizer.optimize(query.algebra, dataset: dataset)
        var extra: [String] = []
        if case .describe(let targets) = query.form { extra = targets.compactMap(\.variableName) }
        if case .construct(let template) = query.form { extra = template.flatMap(\.variables) }
        let evaluator = Evaluator(dataset: dataset, slots: SlotMap(algebra, extra: extra), options: options,
                                  datasetClause: query.dataset, baseIRI: query.baseIRI)
        let limit = options.maxRows
        switch query.form {
        case .select(let vars):
            let slotIndexes = vars.map { evaluator.slots[$0] }
            var rows: [[Term?]] = []
            try evaluator.run(algebra, evaluator.emptyRow, evaluator.defaultGraph) { row in
                if let limit, rows.count >= limit { throw QueryEvaluationError.tooManyRows(limit: limit) }
                rows.append(slotIndexes.map { slot in
                    guard let slot, row[slot] != 0 else { return nil }
                    return evaluator.terms.term(row[slot])
                })
            }
            return .solutions(SolutionTable(variables: vars, rows: rows))
        case .ask:
            return .boolean(try evaluator.hasSolution(algebra, evaluator.emptyRow, evaluator.defaultGraph))
        case .construct(let template):
            return .graph(try ConstructBuilder(evaluator: evaluator, template: template, limit: limit).build(algebra))
        case .describe(let targets):
            return .graph(try DescribeBuilder(evaluator: evaluator, options: options).describe(targets, algebra))
        }
    }

    /// The optimized algebra of `query`, one operator per line, with estimated cardinalities.
    public func explain(_ query: SPARQLQuery, on dataset: some QueryableDataset) -> String {
        let algebra = optimizer.optimize(query.algebra, dataset: dataset)
        return AlgebraPrinter(estimator: CardinalityEstimator(dataset: dataset)).print(algebra)
    }
}
