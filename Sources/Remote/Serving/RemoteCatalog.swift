import Catalog
import Foundation
import RDF
import SPARQL
import Store

/// A catalog published in a SPARQL engine (`lodestat publish`), read one request at a time: each
/// request's subgraph becomes a small `CatalogDataset` that the ordinary views and serializers read.
public struct RemoteCatalog: Sendable {
    public let client: SPARQLClient
    /// The base the catalog was published under (`{base}id/...`).
    public let rewriter: BaseRewriter
    /// The prefixes published with it (`PrefixGraph`).
    public let prefixes: [PrefixDeclaration]
    /// The catalog's named graphs in the engine, read at connection time.
    public let graphs: [String]
    /// The default graph's triple count at connection time (for the service description).
    public let tripleCount: Int
    /// When the server connected: the load time of every request's catalog, so answers dated
    /// with it (SDMX headers) and their ETags stay the same from one request to the next.
    public let connectedAt: Date

    /// The graph every request's triples are loaded into (the union is the default graph).
    static let requestFile = CatalogFile(path: "", relativeName: "remote/request", format: .ntriples, role: .data)

    /// Reads the prefixes and graph list; fails when the engine is unreachable or holds no catalog.
    public static func connect(_ client: SPARQLClient, base: String) async throws -> RemoteCatalog {
        let remote = try await read(client, base: base)
        guard !remote.graphs.isEmpty else { throw RemoteError.noCatalog(url: client.endpoint.query.absoluteString) }
        return remote
    }

    /// Reads the prefixes, graph list and size, whatever they are (no graph at all included).
    static func read(_ client: SPARQLClient, base: String) async throws -> RemoteCatalog {
        let rewriter = try BaseRewriter(base: base)
        var prefixes: [(Int, PrefixDeclaration)] = []
        if case .solutions(let table) = try await client.solutions(PrefixGraph.selectQuery()) {
            for row in table.bindings {
                guard let p = row["prefix"]?.literalValue?.lexicalForm,
                      let ns = row["namespace"]?.literalValue?.lexicalForm ?? row["namespace"]?.iriValue else { continue }
                prefixes.append((row["order"]?.literalValue.flatMap { Int($0.lexicalForm) } ?? Int.max, PrefixDeclaration(p, ns)))
            }
        }
        var graphs: [String] = []
        if case .solutions(let table) = try await client.solutions(SubgraphQuery.graphs) {
            graphs = table.rows.compactMap { $0.first??.iriValue }.filter { $0 != PrefixGraph.graphIRI }
        }
        var count = 0
        if case .solutions(let table) = try await client.solutions(SubgraphQuery.tripleCount()) {
            count = table.rows.first?.first??.literalValue.flatMap { Int($0.lexicalForm) } ?? 0
        }
        return RemoteCatalog(client: client, rewriter: rewriter,
                             prefixes: prefixes.sorted { $0.0 < $1.0 }.map(\.1), graphs: graphs, tripleCount: count)
    }

    public init(client: SPARQLClient, rewriter: BaseRewriter, prefixes: [PrefixDeclaration], graphs: [String],
                tripleCount: Int, connectedAt: Date = Date()) {
        self.client = client
        self.connectedAt = connectedAt
        self.rewriter = rewriter
        self.prefixes = prefixes
        self.graphs = graphs
        self.tripleCount = tripleCount
    }

    /// The subgraph `plan` names, as a dataset the views read.
    public func dataset(_ plan: SubgraphPlan) async throws -> CatalogDataset {
        let started = Date()
        let triples = try await SubgraphFetcher(client: client).fetch(plan)
        return dataset(triples, seconds: Date().timeIntervalSince(started))
    }

    /// `triples` as a dataset in one named graph whose union is the default graph.
    public func dataset(_ triples: [Triple], seconds: Double = 0) -> CatalogDataset {
        var builder = StoreBuilder(expectedTerms: max(64, triples.count))
        let graph = Term.iri(Self.requestFile.graphIRI)
        for t in triples { builder.add(Quad(t, graph: graph)) }
        return CatalogDataset(snapshot: builder.build(unionDefaultGraph: true), files: [Self.requestFile],
                              prefixes: prefixes, rewriter: rewriter, loadSeconds: seconds)
    }
}
