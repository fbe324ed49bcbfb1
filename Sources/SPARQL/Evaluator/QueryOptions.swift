import Foundation

/// Limits and settings for one query execution.
public struct QueryOptions: Sendable {
    /// Wall-clock budget; evaluation throws `QueryEvaluationError.timeout` once it is spent.
    public var timeout: Duration?
    /// Most solutions (or triples for graph results) a query may return before
    /// `QueryEvaluationError.tooManyRows` is thrown.
    public var maxRows: Int?
    /// Most triples one DESCRIBE resource contributes (bounds descriptions of hubs).
    public var maxDescribeTriples: Int
    /// Most rows an operator may hold in memory at once (the independent side of a join, a sort,
    /// the groups of GROUP BY) before `QueryEvaluationError.tooManyIntermediateRows` is thrown.
    public var maxIntermediateRows: Int
    /// The instant NOW() answers; the current time when nil.
    public var now: Date?
    /// Polled during evaluation; returning true cancels the query.
    public var isCancelled: (@Sendable () -> Bool)?

    public init(timeout: Duration? = nil, maxRows: Int? = nil, maxDescribeTriples: Int = 10_000,
                maxIntermediateRows: Int = 20_000_000, now: Date? = nil, isCancelled: (@Sendable () -> Bool)? = nil) {
        self.maxIntermediateRows = maxIntermediateRows
        self.timeout = timeout
        self.maxRows = maxRows
        self.maxDescribeTriples = maxDescribeTriples
        self.now = now
        self.isCancelled = isCancelled
    }
}
