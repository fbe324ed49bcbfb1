import SPARQL

/// Runs queries without letting a long one hold an event loop or a thread of the concurrency pool;
/// a cancelled request cancels its query.
///
/// A query on an in-memory repository is first tried on the caller's thread with a budget of
/// `inlineBudget` (the evaluator checks its deadline every few hundred steps): most queries
/// (lookups, small joins) finish well within it and are answered without a thread hop. One that
/// runs out starts again as `BlockingWork`, with what is left of its own time limit, so a long
/// query blocks the caller for at most about the budget and never holds it to its end.
struct QueryRunner: Sendable {
    /// How long a query may run on the caller's thread before it is moved off it.
    var inlineBudget: Duration = .milliseconds(1)

    func run(_ query: SPARQLQuery, text: String, on repository: some SPARQLRepository,
             options: QueryOptions) async throws -> QueryResult {
        let started = ContinuousClock.now
        if repository.computesInMemory, inlineBudget > .zero, options.timeout.map({ $0 > inlineBudget }) ?? true {
            var quick = options
            quick.timeout = inlineBudget
            do {
                return try repository.execute(query, text: text, options: quick)
            } catch QueryEvaluationError.timeout {
                // Longer than the budget: run it again off this thread, below.
            }
        }
        let cancelled = CancellationFlag()
        var options = options
        if let timeout = options.timeout { options.timeout = max(.zero, timeout - (ContinuousClock.now - started)) }
        let previous = options.isCancelled
        options.isCancelled = { cancelled.isSet || (previous?() ?? false) }
        let finalOptions = options
        return try await withTaskCancellationHandler {
            try await BlockingWork.run { try repository.execute(query, text: text, options: finalOptions) }
        } onCancel: {
            cancelled.set()
        }
    }
}
