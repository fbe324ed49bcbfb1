/// Why a (syntactically valid) query could not be answered.
public enum QueryEvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The time budget of `QueryOptions.timeout` ran out.
    case timeout
    /// The query was cancelled through `QueryOptions.isCancelled` or task cancellation.
    case cancelled
    /// More results than `QueryOptions.maxRows`.
    case tooManyRows(limit: Int)
    /// An operator needed to hold more rows than `QueryOptions.maxIntermediateRows`.
    case tooManyIntermediateRows(limit: Int)
    /// SERVICE (federated query) is not supported by this engine.
    case serviceNotSupported(String)

    public var description: String {
        switch self {
        case .timeout: return "query timed out"
        case .cancelled: return "query was cancelled"
        case .tooManyRows(let n): return "query returns more than \(n) results"
        case .tooManyIntermediateRows(let n): return "query needs more than \(n) intermediate rows"
        case .serviceNotSupported(let s): return "SERVICE not supported (\(s))"
        }
    }
}
