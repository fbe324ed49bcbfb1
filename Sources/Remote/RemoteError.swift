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
    /// An IRI that SPARQL's IRIREF cannot hold as it is (`SPARQLTerms.iri`): never sent to the engine.
    case unsafeIRI(String)
    /// This replica already has its most engine requests in flight (`EngineLimits.maxConcurrent`).
    case overloaded(limit: Int)
    /// The engine failed `failures` times in a row: requests fail fast for `retryAfter` seconds
    /// (`CircuitBreaker`) instead of piling up on it.
    case circuitOpen(failures: Int, retryAfter: Int)

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
        case .unsafeIRI(let iri):
            return "not an IRI a SPARQL query can hold (IRIREF): \(iri.debugDescription)"
        case .overloaded(let limit):
            return "the engine already has \(limit) requests in flight from this server; try again shortly"
        case .circuitOpen(let failures, let retryAfter):
            return "the engine failed \(failures) times in a row; requests to it are paused for \(retryAfter) s"
        case .publishFailed(let failed, let written, let notWritten, let cause):
            var lines = ["publish failed" + (failed.map { " on \($0)" } ?? "") + ": \(cause)"]
            lines.append(written.isEmpty ? "no graph was written" : "graphs written (\(written.count)): " + written.joined(separator: " "))
            if !notWritten.isEmpty { lines.append("graphs not written (\(notWritten.count)): " + notWritten.joined(separator: " ")) }
            return lines.joined(separator: "\n")
        }
    }
}
