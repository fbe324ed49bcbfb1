/// Errors reading or writing SPARQL query results.
public enum SPARQLResultsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is not a valid document of the format (`line`/`column` 0 when unknown).
    case syntax(format: String, line: Int, column: Int, message: String)
    /// The format cannot express this kind of result (e.g. a graph, or a boolean in CSV).
    case unsupported(format: String, what: String)
    /// A term cannot be written in the format (e.g. a control character in XML 1.0).
    case unrepresentable(format: String, message: String)

    public var description: String {
        switch self {
        case let .syntax(format, line, column, message):
            return line > 0 ? "\(format) results:\(line):\(column): \(message)" : "\(format) results: \(message)"
        case let .unsupported(format, what): return "\(format) results cannot express \(what)"
        case let .unrepresentable(format, message): return "\(format) results: \(message)"
        }
    }
}
