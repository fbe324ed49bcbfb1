import Catalog
import Remote

/// What one request reads from the engine, from its path and query string alone: the subgraph its
/// route needs (`RequestSubgraph`), or one page of a list paged by the engine. The whole reading
/// runs under one `EngineDeadline` (the engine timeout), so however many rounds it takes, one
/// request never holds the engine longer than that.
///
/// A request naming an IRI that no SPARQL query can hold (`SPARQLTerms.isIRIRef`: `<`, `>`, `"`,
/// `{`, `}`, `|`, `^`, `` ` ``, `\`, spaces, controls) asks nothing: no catalog has such an IRI
/// (every loaded IRI is valid), so it is not found, as the embedded store answers an unknown IRI.
public struct RemoteRequestReader: Sendable {
    public enum Outcome: Sendable {
        /// The route reads no catalog data (or matches no route): nothing was asked.
        case notRead
        /// The request names an IRI no query can hold: nothing was asked; it is not found (404).
        case unaskable
        /// What the engine gave, and the page when the engine paged a list.
        case read(CatalogDataset, Page<String>?)
    }

    public let remote: RemoteCatalog

    public init(remote: RemoteCatalog) {
        self.remote = remote
    }

    /// Reads what the request `path` (percent-encoded, as received) with `query` needs.
    /// `reserved`: the first path segments of the server's own routes (others name resources).
    public func read(path: String, query: String?, reserved: Set<String> = []) async throws -> Outcome {
        guard let plan = RequestSubgraph.plan(path: path, query: query, base: remote.rewriter.to, reserved: reserved) else {
            return .notRead
        }
        guard plan.isAskable else { return .unaskable }
        return try await EngineDeadline.within(seconds: remote.client.endpoint.timeout) {
            if let list = RequestSubgraph.enginePaged(path: path, query: query) {
                let (dataset, page) = try await remote.page(of: list.kind, limit: list.limit, offset: list.offset)
                return .read(dataset, page)
            }
            return .read(try await remote.dataset(plan), nil)
        }
    }
}
