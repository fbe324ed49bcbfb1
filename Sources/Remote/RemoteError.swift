/// Every way talking to a remote SPARQL engine can fail. The HTTP status each maps to is the
/// server's business (`ServerError`); the CLI prints the description.
public enum RemoteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A URL given on the command line or built from it is not a valid http(s) URL.
    case invalidURL(String)
    /// The engine did not answer within the time budget.
    case timeout(url: String, seconds: Double)
    /// The engine could not be reached (connection refused, DNS, TLS...).
    case unreachable(url: String, reason: String)
    /// The engine answered with an error status; `message` is the start of its body.
    case engineStatus(url: String, status: Int, message: String)
    /// The engine answered 2xx with a body we could not read (`position` as the parser reports it).
    case unreadableAnswer(url: String, reason: String)
    /// An operation needs an endpoint that was not configured.
    case missingEndpoint(String)
    /// The engine answers but holds no catalog graph (`urn:lodestat:graph:…`): nothing was published.
    case noCatalog(url: String)
    /// A publication stopped: the graph that failed (nil when the final swap failed), the graphs
    /// already in place and those not written.
    case publishFailed(failedGraph: String?, written: [String], notWritten: [String], cause: String)

    public var description: String {
        switch self {
        case .invalidURL(let url): return "not an http(s) URL: \(url)"
        case .timeout(let url, let seconds): return "\(url): no answer within \(seconds) s"
        case .unreachable(let url, let reason): return "\(url): unreachable: \(reason)"
        case .engineStatus(let url, let status, let message): return "\(url): engine answered \(status): \(message)"
        case .unreadableAnswer(let url, let reason): return "\(url): unreadable answer: \(reason)"
        case .missingEndpoint(let what): return "no \(what) endpoint configured"
        case .noCatalog(let url):
            return "\(url): the engine holds no catalog graph (urn:lodestat:graph:…); run lodestat publish first"
        case .publishFailed(let failed, let written, let notWritten, let cause):
            var lines = ["publish failed" + (failed.map { " on \($0)" } ?? "") + ": \(cause)"]
            lines.append(written.isEmpty ? "no graph was written" : "graphs written (\(written.count)): " + written.joined(separator: " "))
            if !notWritten.isEmpty { lines.append("graphs not written (\(notWritten.count)): " + notWritten.joined(separator: " ")) }
            return lines.joined(separator: "\n")
        }
    }
}
