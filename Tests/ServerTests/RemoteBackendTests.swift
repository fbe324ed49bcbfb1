import Catalog
import Foundation
import RDF
import Remote
import Server
import Testing

/// The remote backend's pure parts: which subgraph each route reads, the publisher's graph list,
/// engine errors as problems. The engines themselves are driven by `e2e/remote_backend.sh`
/// (`RemoteBackendE2ETests`).
@Suite struct RemoteBackendTests {
    let base = "http://localhost:8080/"

    @Test func linkedDataReadsTheResourceAndWhatPointsAtIt() {
        #expect(RequestSubgraph.plan(path: "/id/organisation/insee", base: base)
            == .resource("http://localhost:8080/id/organisation/insee"))
        #expect(RequestSubgraph.plan(path: "/id/classification/nace-r2/01.1", base: base)
            == SubgraphPlan(seeds: .iris(["http://localhost:8080/id/classification/nace-r2/01.1"]), depth: 1, inverse: .all))
    }

    @Test func detailsReadOneViewWithBothCandidateIRIs() {
        #expect(RequestSubgraph.plan(path: "/api/series/DF_CPI.M.FR.00", base: base)
            == .view(["http://localhost:8080/id/series/DF_CPI.M.FR.00", "http://localhost:8080/id/DF_CPI.M.FR.00"]))
        #expect(RequestSubgraph.plan(path: "/api/classifications/CL_FREQ/items", base: base)
            == .view(["http://localhost:8080/id/classification/CL_FREQ", "http://localhost:8080/id/CL_FREQ"]))
    }

    @Test func listsExportsAndBrowseReadEveryViewOfTheirKind() {
        #expect(RequestSubgraph.plan(path: "/api/internship-topics", base: base) == .views(of: [.internship]))
        #expect(RequestSubgraph.plan(path: "/api/export/concepts", base: base) == .views(of: [.concept]))
        #expect(RequestSubgraph.plan(path: "/browse/dataflows", base: base) == .views(of: [.dataflow]))
    }

    @Test func searchReadsLabelsOnlyAndServiceRoutesReadNothing() {
        #expect(RequestSubgraph.plan(path: "/api/search", base: base) == .searchIndex(of: ResourceKind.allCases))
        #expect(RequestSubgraph.plan(path: "/", base: base) == .labels(of: ResourceKind.allCases))
        for path in ["/health", "/metrics", "/openapi.json", "/sparql", "/context.jsonld"] {
            #expect(RequestSubgraph.plan(path: path, base: base) == nil, "\(path)")
        }
        #expect(RequestSubgraph.plan(path: "/api/nothing", base: base) == nil)
    }

    /// Operation views read links both ways and the SIMS structure: the structural part too.
    @Test func operationsRoutesReadTheStructuralPart() {
        #expect(RequestSubgraph.plan(path: "/api/families", base: base)
            == SubgraphPlan(seeds: .kinds([.family]), depth: SubgraphPlan.viewDepth,
                            inverse: .predicates(SubgraphPlan.viewInversePredicates), also: [.structural]))
        #expect(RequestSubgraph.plan(path: "/api/quality-reports/cpi", base: base)?.also == [.structural])
        #expect(RequestSubgraph.plan(path: "/api/quality-reports/cpi", base: base)?.seedIRIs
            == ["http://localhost:8080/id/quality-report/cpi", "http://localhost:8080/id/cpi"])
        #expect(RequestSubgraph.plan(path: "/browse/indicators", base: base)?.also == [.structural])
        #expect(RequestSubgraph.plan(path: "/api/export/operations", base: base)?.also == [.structural])
        for path in ["/api/operations/tree", "/operations", "/quality-reports/cpi", "/sdmx/v2/metadata/metadataset/INSEE/cpi/~"] {
            #expect(RequestSubgraph.plan(path: path, base: base) == .structural, "\(path)")
        }
        #expect(RequestSubgraph.plan(path: "/api/series/DF_CPI.M.FR.00", base: base)?.also == [])
        for path in ["/api/families", "/api/operation-series", "/api/operations", "/api/indicators", "/api/quality-reports"] {
            #expect(RequestSubgraph.enginePaged(path: path, query: nil) == nil, "\(path)")
        }
    }

    @Test func otherRoutesReadTheStructuralPart() {
        #expect(RequestSubgraph.plan(path: "/sdmx/dataflow/all/all/latest", base: base) == .structural)
        #expect(RequestSubgraph.plan(path: "/sdmx/v1/codelist/all/all/latest", base: base) == .structural)
        #expect(RequestSubgraph.plan(path: "/dcat", base: base) == .catalogDescription)
    }

    @Test func aPercentEncodedPathIsDecodedOnce() {
        #expect(RequestSubgraph.plan(path: "/id/concept/d%C3%A9mographie", base: base)
            == .resource("http://localhost:8080/id/concept/démographie"))
    }

    @Test func publishSendsEveryFileGraphAndThePrefixes() throws {
        let location = try CatalogLocation.embedded()
        let dataset = try CatalogLoader(location: location).load()
        let graphs = CatalogPublisher.graphs(of: dataset)
        #expect(graphs.count == dataset.files.count + 1)
        #expect(graphs.last?.graph == PrefixGraph.graphIRI)
        #expect(Set(graphs.dropLast().map(\.graph)) == Set(dataset.files.map(\.graphIRI)))
        #expect(graphs.dropLast().reduce(0) { $0 + $1.quads.count } == dataset.snapshot.namedQuadCount)
        #expect(graphs.last?.quads.count == dataset.prefixes.count * 4)
    }

    @Test func remoteCatalogLoadsTriplesIntoOneGraphWhoseUnionIsTheDefault() throws {
        let client = SPARQLClient(endpoint: try RemoteEndpoint(query: "http://127.0.0.1:9/query"))
        let remote = RemoteCatalog(client: client, rewriter: try BaseRewriter(base: base), prefixes: [], graphs: [],
                                   tripleCount: 0)
        let dataset = remote.dataset([.init(.iri(base + "id/organisation/insee"), .iri(SKOS.prefLabel), .string("Insee"))])
        let views = CatalogViews(dataset)
        #expect(dataset.snapshot.defaultGraphCount == 1)
        #expect(dataset.dataGraph.hasSubject(dataset.snapshot.id(of: .iri(base + "id/organisation/insee")) ?? 0))
        #expect(views.context.idBase == base + "id/")
    }

    @Test func badURLsAreRefused() {
        #expect(throws: RemoteError.invalidURL("ftp://x/query")) { try RemoteEndpoint(query: "ftp://x/query") }
        #expect(throws: RemoteError.invalidURL("not a url")) { try RemoteEndpoint(query: "not a url") }
    }

    @Test func anUnreachableEngineIsReportedNotCrashedOn() async throws {
        let client = SPARQLClient(endpoint: try RemoteEndpoint(query: "http://127.0.0.1:9/query", timeout: 5))
        await #expect(throws: RemoteError.self) { _ = try await client.solutions("ASK {}") }
    }
}
