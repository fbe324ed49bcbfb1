import Remote

extension ServerError {
    /// How an engine failure reaches the client: a timeout is 504, an engine not asked now (cap on
    /// requests in flight, open circuit) 503 with `Retry-After`, anything else 502; when the query
    /// is the client's own (`/sparql` pass-through), the engine refusing it (400) is the client's 400.
    init(_ error: RemoteError, clientQuery: Bool = false) {
        switch error {
        case .overloaded: self = .engineUnavailable("the SPARQL engine is busy: \(error)", retryAfter: 1)
        case .circuitOpen(_, let retryAfter): self = .engineUnavailable("the SPARQL engine is failing: \(error)", retryAfter: retryAfter)
        case .unsafeIRI: self = .badRequest(error.description)
        case .timeout: self = .gatewayTimeout("the SPARQL engine did not answer in time: \(error)")
        case .engineStatus(_, let status, let message) where status == 400 && clientQuery:
            self = .badRequest("the SPARQL engine refused the query: \(message)")
        case .engineStatus(_, let status, _) where status == 408 || status == 504:
            self = .gatewayTimeout("the SPARQL engine ran out of time: \(error)")
        default: self = .badGateway("the SPARQL engine failed: \(error)")
        }
    }
}
