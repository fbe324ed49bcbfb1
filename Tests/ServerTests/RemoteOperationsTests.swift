import Catalog
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import RDF
import RDFFormats
@testable import Remote
import Server
import SPARQL
import Testing

/// The remote backend's operations without an engine: lists paged by the engine give the typed
/// views' pages (the engine's queries run here on the embedded store), `/health` and reload when the
/// engine is unreachable. With a real engine: `e2e/remote_backend.sh` (`RemoteBackendE2ETests`).
@Suite struct RemoteOperationsTests {
    static let deadEngine = "http://127.0.0.1:9/query"

    /// The engine's list queries, run by our own SPARQL engine over the embedded catalog's named
    /// graphs, give every kind's size and pages in the order of the typed views.
    @Test(arguments: CatalogViews.viewTypes.map { $0.kind })
    func engineListQueriesGiveTheViewsPages(kind: ResourceKind) throws {
        let dataset = try TestCatalog.embedded.get()
        let views = CatalogViews(dataset)
        let expected = Self.listedIRIs(views, kind)
        let idBase = dataset.base + "id/"
        guard case .solutions(let count) = try QueryEngine().execute(
            SPARQLQuery(SubgraphQuery.listCount(kind, idBase: idBase)), on: dataset.snapshot) else {
            Issue.record("COUNT gave no solutions"); return
        }
        #expect(count.rows.first?.first??.literalValue?.lexicalForm == String(expected.count))
        var paged: [String] = []
        let size = max(1, expected.count / 3)
        for offset in stride(from: 0, through: expected.count, by: size) {
            let text = try SubgraphQuery.listPage(kind, idBase: idBase, limit: size, offset: offset)
            guard case .solutions(let table) = try QueryEngine().execute(SPARQLQuery(text), on: dataset.snapshot) else {
                Issue.record("SELECT gave no solutions"); return
            }
            paged += table.bindings.compactMap { $0["s"]?.iriValue }
        }
        #expect(!expected.isEmpty)
        #expect(paged == expected)
    }

    /// Search reads only the label triples of every resource (one CONSTRUCT): run here on the
    /// embedded catalog, they give the same hits as the whole catalog.
    @Test(arguments: ["prix", "Insee", "nomenclature activites", "stage", "01", "zzz-nothing"])
    func searchReadsEnoughForTheSameHits(query: String) throws {
        let dataset = try TestCatalog.embedded.get()
        let text = try SubgraphQuery.searchable(ResourceKind.allCases)
        guard case .graph(let triples) = try QueryEngine().execute(SPARQLQuery(text), on: dataset.snapshot) else {
            Issue.record("CONSTRUCT gave no graph"); return
        }
        let client = SPARQLClient(endpoint: try RemoteEndpoint(query: Self.deadEngine))
        let remote = RemoteCatalog(client: client, rewriter: dataset.rewriter, prefixes: [], graphs: [], tripleCount: 0)
        let partial = CatalogViews(remote.dataset(triples))
        let full = CatalogViews(dataset)
        #expect(triples.count < dataset.snapshot.defaultGraphCount / 2)
        #expect(partial.search(query, limit: 1000).items == full.search(query, limit: 1000).items)
        #expect(partial.search(query).total == full.search(query).total)
    }

    static func listedIRIs(_ views: CatalogViews, _ kind: ResourceKind) -> [String] {
        func iris<V: CatalogView>(_ type: V.Type) -> [String] { views.all(type).map(\.iri) }
        for type in CatalogViews.viewTypes where type.kind == kind { return iris(type) }
        return []
    }

    @Test func onlyUnfilteredListsArePagedByTheEngine() {
        func paged(_ path: String, _ query: String?) -> String? {
            RequestSubgraph.enginePaged(path: path, query: query).map { "\($0.kind) \($0.limit) \($0.offset)" }
        }
        #expect(paged("/api/concepts", nil) == "concept 50 0")
        #expect(paged("/api/internship-topics", "limit=20&offset=40&lang=en") == "internship 20 40")
        #expect(RequestSubgraph.enginePaged(path: "/api/series", query: "dataflow=DF_CPI") == nil)
        #expect(RequestSubgraph.enginePaged(path: "/api/series", query: "limit=5000") == nil)
        #expect(RequestSubgraph.enginePaged(path: "/api/series/DF_CPI.M.FR.00", query: nil) == nil)
        #expect(RequestSubgraph.enginePaged(path: "/api/export/series", query: nil) == nil)
        #expect(RequestSubgraph.enginePaged(path: "/api/search", query: "q=prix") == nil)
    }

    func remoteApp(token: String? = nil) throws -> (some ApplicationProtocol, CatalogState, RemoteSource, CatalogReloader) {
        let client = SPARQLClient(endpoint: try RemoteEndpoint(query: Self.deadEngine, timeout: 20))  // refused at once; the margin is for a loaded machine
        let remote = RemoteCatalog(client: client, rewriter: try BaseRewriter(base: TestCatalog.base), prefixes: [],
                                   graphs: ["urn:lodestat:graph:catalog/a.ttl"], tripleCount: 42)
        let state = CatalogState(dataset: remote.dataset([]))
        let source = RemoteSource(remote, probeTimeout: 20, probeMaxAge: 60)
        let reloader = source.reloader(state: state)
        let router = buildRouter(configuration: ServerConfiguration(adminToken: token), state: state,
                                 reloader: reloader, remote: source)
        return (Application(router: router), state, source, reloader)
    }

    @Test func healthAnswers503WithTheEngineWhenItIsDown() async throws {
        let (app, _, _, _) = try remoteApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { r in
                #expect(r.status == .serviceUnavailable)
                #expect(r.headers[.contentType] == "application/json")
                let json = try JSONParser().parse(String(buffer: r.body))
                #expect(json["status"] == .string("unavailable"))
                #expect(json["triples"] == .int(42))
                #expect(json["generation"] == .int(1))
                #expect(json["engine"]?["url"] == .string(Self.deadEngine))
                #expect(json["engine"]?["reachable"] == .bool(false))
                #expect(json["engine"]?["graphs"] == .int(1))
                guard case .string(let error)? = json["engine"]?["lastError"] else {
                    Issue.record("no lastError in \(json)"); return
                }
                #expect(error.contains("127.0.0.1:9"))
            }
        }
    }

    @Test func aReloadThatCannotReachTheEngineKeepsTheOldConnection() async throws {
        let (app, state, source, reloader) = try remoteApp(token: "s3cret")
        let outcome = await reloader.reload(logger: Logger(label: "test"))
        guard case .failed(let message) = outcome else { Issue.record("reload did not fail: \(outcome)"); return }
        // Refused at once, or (on a loaded machine) past the engine budget: either way not reached.
        #expect(message.contains("unreachable") || message.contains("no answer within"), "\(message)")
        #expect(state.generation == 1)
        #expect(source.catalog.tripleCount == 42)
        try await app.test(.router) { client in
            try await client.execute(uri: "/admin/reload", method: .post, headers: [.authorization: "Bearer s3cret"]) { r in
                #expect(r.status == .internalServerError)
                #expect(String(buffer: r.body).contains("reload-failed"))
            }
            try await client.execute(uri: "/health", method: .get) { r in
                let json = try JSONParser().parse(String(buffer: r.body))
                #expect(json["generation"] == .int(1))
                #expect(json["engine"]?["lastError"].map { $0 != .null } == true)
            }
        }
    }

    @Test func healthInEmbeddedModeHasNoEngine() async throws {
        try await TestCatalog.application().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { r in
                #expect(r.status == .ok)
                let json = try JSONParser().parse(String(buffer: r.body))
                #expect(json["status"] == .string("ok"))
                #expect(json["engine"] == nil)
            }
        }
    }
}
