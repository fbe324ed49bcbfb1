import RDF

/// Runs parsed queries against any `QueryableDataset`.
public struct QueryEngine: Sendable {
    public var optimizer: QueryOptimizer

    /// Largest `Algebra.recursionWeight` evaluated on the caller's stack, and the stack it needs left.
    static let inlineWeight = 64
    static let inlineStack = 2 << 20

    public init(optimizer: QueryOptimizer = QueryOptimizer()) {
        self.optimizer = optimizer
    }

    /// Evaluates `query`. Throws `QueryEvaluationError` on timeout, cancellation, too many results
    /// or SERVICE; never returns a truncated result as if it were complete.
    public func execute(_ query: SPARQLQuery, on dataset: some QueryableDataset,
                        options: QueryOptions = QueryOptions()) throws -> QueryResult {
        try run(query, on: dataset, options: options) { plan(query, on: dataset) }
    }

    /// Evaluates a query prepared by `prepare` for this same dataset (its plan is not made again).
    public func execute(_ prepared: PreparedQuery, on dataset: some QueryableDataset,
                        options: QueryOptions = QueryOptions()) throws -> QueryResult {
        try run(prepared.query, on: dataset, options: options) { prepared }
    }

    /// `query` optimized for `dataset`, with its variables' slots: what `execute` does before
    /// evaluating, kept for evaluating the same query on the same dataset again. A deeply nested
    /// query is planned on a deep stack, as it is evaluated.
    public func prepare(_ query: SPARQLQuery, on dataset: some QueryableDataset) throws -> PreparedQuery {
        if query.algebra.recursionWeight <= Self.inlineWeight, let room = StackSpace.remaining(), room >= Self.inlineStack {
            return plan(query, on: dataset)
        }
        return try DeepStack.run(DeepStack.CancellationFlag()) { plan(query, on: dataset) }
    }

    private func plan(_ query: SPARQLQuery, on dataset: some QueryableDataset) -> PreparedQuery {
        let algebra = optimizer.optimize(query.algebra, dataset: dataset)
        var extra: [String] = []
        if case .describe(let targets) = query.form { extra = targets.compactMap(\.variableName) }
        if case .construct(let template) = query.form { extra = template.flatMap(\.variables) }
        return PreparedQuery(query: query, algebra: algebra, slots: SlotMap(algebra, extra: extra))
    }

    private func run(_ query: SPARQLQuery, on dataset: some QueryableDataset, options: QueryOptions,
                     plan: () -> PreparedQuery) throws -> QueryResult {
        // Small queries run on the caller's thread when it has stack to spare: starting a
        // deep-stack thread would cost more than evaluating them.
        if query.algebra.recursionWeight <= Self.inlineWeight, let room = StackSpace.remaining(), room >= Self.inlineStack {
            return try evaluate(plan(), on: dataset, options: options)
        }
        let flag = DeepStack.CancellationFlag()
        var options = options
        let callerCancelled = options.isCancelled
        options.isCancelled = { flag.isSet || (callerCancelled?() ?? false) }
        // Planning recurses over the algebra too: it runs on the deep stack as well.
        return try DeepStack.run(flag) { try evaluate(plan(), on: dataset, options: options) }
    }

    private func evaluate(_ prepared: PreparedQuery, on dataset: some QueryableDataset,
                          options: QueryOptions) throws -> QueryResult {
        let query = prepared.query, algebra = prepared.algebra
        let evaluator = Evaluator(dataset: dataset, slots: prepared.slots, options: options,
                                  datasetClause: query.dataset, baseIRI: query.baseIRI)
        let limit = options.maxRows
        switch query.form {
        case .select(let vars):
            let slotIndexes = vars.map { evaluator.slots[$0] }
            var rows: [[Term?]] = []
            // The result reads only the selected slots, so a top-level projection need not run.
            var body = algebra
            if case .project(let inner, _) = algebra { body = inner }
            try evaluator.run(body, evaluator.emptyRow, evaluator.defaultGraph) { row in
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

    /// `explain` after running the query's pattern to its end: each operator's line shows, beside
    /// its estimate, the rows it actually produced and how many times it ran (an operator under a
    /// bind join runs once per left row). ASK, CONSTRUCT and DESCRIBE count their pattern's
    /// solutions (ASK is run to the end too). An operator with no count was not evaluated as its
    /// own step (a BGP under its filter is matched with its conditions in one loop).
    public func explainAnalyzed(_ query: SPARQLQuery, on dataset: some QueryableDataset,
                                options: QueryOptions = QueryOptions()) throws -> (plan: String, solutions: Int, elapsed: Duration) {
        let flag = DeepStack.CancellationFlag()
        var options = options
        let callerCancelled = options.isCancelled
        options.isCancelled = { flag.isSet || (callerCancelled?() ?? false) }
        let runOptions = options
        return try DeepStack.run(flag) {
            let clock = ContinuousClock()
            let started = clock.now
            let prepared = plan(query, on: dataset)
            let evaluator = Evaluator(dataset: dataset, slots: prepared.slots, options: runOptions,
                                      datasetClause: query.dataset, baseIRI: query.baseIRI)
            evaluator.profile = [:]
            var solutions = 0
            try evaluator.run(prepared.algebra, evaluator.emptyRow, evaluator.defaultGraph) { _ in solutions += 1 }
            let elapsed = clock.now - started
            let printer = AlgebraPrinter(estimator: CardinalityEstimator(dataset: dataset), profile: evaluator.profile)
            return (printer.print(prepared.algebra), solutions, elapsed)
        }
    }
}
