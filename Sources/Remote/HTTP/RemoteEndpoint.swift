import Foundation

/// Where a SPARQL 1.1 engine answers: the query endpoint, and optionally the update endpoint and
/// the Graph Store HTTP Protocol endpoint (Oxigraph: `/query`, `/update`, `/store`).
public struct RemoteEndpoint: Sendable {
    public let query: URL
    public let update: URL?
    public let graphStore: URL?
    /// Seconds one request to the engine may take; serving, also the budget of all the engine
    /// requests one client request makes (`EngineDeadline`).
    public private(set) var timeout: Double

    public init(query: String, update: String? = nil, graphStore: String? = nil, timeout: Double = 30) throws {
        self.query = try HTTPExchange.url(query)
        self.update = try update.map(HTTPExchange.url)
        self.graphStore = try graphStore.map(HTTPExchange.url)
        self.timeout = timeout
    }

    /// The same endpoints with another time budget (the health probe's short one).
    public func with(timeout: Double) -> RemoteEndpoint {
        var copy = self
        copy.timeout = timeout
        return copy
    }
}
