import Foundation
import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Remote
import Server
import Testing

/// Issue #17's remaining API points: `?date=` on the detail routes, JSON-LD for every navigation
/// and correspondence answer, and problems naming what is unknown and what exists on each route.
@Suite("Classification details by date, navigation as JSON-LD")
struct ClassificationDetailDateAndJSONLDTests {
    static let id = "http://localhost:8080/id/"

    func json(_ client: some TestClientProtocol, _ uri: String, status: HTTPResponse.Status = .ok,
              _ sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONValue {
        try await client.execute(uri: uri, method: .get) { r in
            #expect(r.status == status, "\(uri) answered \(r.status.code): \(r.text.prefix(300))", sourceLocation: sourceLocation)
            if status.code >= 400 { #expect(r.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation) }
            return try JSONParser().parse(r.text)
        }
    }

    func jsonld(_ client: some TestClientProtocol, _ uri: String, accept: Bool = false,
                _ sourceLocation: SourceLocation = #_sourceLocation) async throws -> [Quad] {
        let headers: HTTPFields = accept ? [.accept: "application/ld+json"] : [:]
        return try await client.execute(uri: uri, method: .get, headers: headers) { r in
            #expect(r.status == .ok, "\(uri) answered \(r.status.code): \(r.text.prefix(300))", sourceLocation: sourceLocation)
            #expect(r.headers[.contentType]?.hasPrefix("application/ld+json") == true, "\(uri)", sourceLocation: sourceLocation)
            return try TestCatalog.parse(r.text, .jsonld, base: TestCatalog.base)
        }
    }

    func has(_ quads: [Quad], _ s: String, _ p: String, _ o: Term) -> Bool {
        quads.contains { $0.subject == .iri(s) && $0.predicate == .iri(p) && $0.object == o }
    }

    @Test func detailRoutesAnswerWhatWasValidThatDay() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let then = try await json(client, "/api/classifications/nace-r2?date=2020-01-01")
            #expect(then["validity"]?["start"] == "2008-01-01" && then["validity"]?["end"] == "2024-12-31")
            _ = try await json(client, "/api/classifications/nace-r2?date=*")
            let later = try await json(client, "/api/classifications/nace-r2?date=2025-06-01", status: .notFound)
            #expect(later["detail"]?.stringValue?.contains("2008-01-01 – 2024-12-31") == true)
            #expect(later["detail"]?.stringValue?.contains("the version valid then is nace-r2-1") == true)
            let before = try await json(client, "/api/classifications/nace-r2-1?date=1990-01-01", status: .notFound)
            #expect(before["detail"]?.stringValue?.contains("no version of its series was valid then") == true)
            _ = try await json(client, "/api/classifications/nace-r2?date=2025-02-30", status: .badRequest)
            _ = try await json(client, "/api/classifications/CL_FREQ?date=1990-01-01")  // undated: valid every day
            // a concept that is an item of a dated version
            let concept = try await json(client, "/api/concepts/classification/nace-r2/62.01?date=2020-01-01")
            #expect(concept["validity"]?["end"] == "2024-12-31")
            let gone = try await json(client, "/api/concepts/classification/nace-r2/62.01?date=2026-01-01", status: .notFound)
            #expect(gone["detail"]?.stringValue?.contains("concept 'classification/nace-r2/62.01' was not valid on 2026-01-01 (valid 2008-01-01 – 2024-12-31)") == true)
            // a series whose key uses a dated code, asked for after its end
            let all = try await json(client, "/api/series?limit=1000")
            let dated = try #require(all["items"]?.arrayValue?.first { $0["validity"]?["end"]?.stringValue != nil })
            let sid = try #require(dated["id"]?.stringValue)
            _ = try await json(client, "/api/series/\(sid)?date=*")
            let after = try await json(client, "/api/series/\(sid)?date=2099-01-01", status: .notFound)
            #expect(after["detail"]?.stringValue?.contains("was not valid on 2099-01-01") == true)
        }
    }

    /// Served from a remote engine, a classification's detail asked for a day reads every version
    /// (to name the one valid then); without `date`, only the classification.
    @Test func remoteDetailWithADateReadsEveryVersion() {
        let base = "http://localhost:8080/"
        #expect(RequestSubgraph.plan(path: "/api/classifications/nace-r2", query: "date=2025-06-01", base: base) == .structural)
        #expect(RequestSubgraph.plan(path: "/api/classifications/nace-r2", query: "date=*", base: base)
                == RequestSubgraph.plan(path: "/api/classifications/nace-r2", base: base))
        #expect(RequestSubgraph.plan(path: "/api/classifications/nace-r2", query: nil, base: base)
                == .view(["http://localhost:8080/id/classification/nace-r2", "http://localhost:8080/id/nace-r2"]))
    }

    @Test func navigationAnswersAreJSONLD() async throws {
        let nace2 = Self.id + "classification/nace-r2/", nace21 = Self.id + "classification/nace-r2-1/"
        try await TestCatalog.catalogApplication().test(.router) { client in
            let ancestors = try await jsonld(client, "/api/classifications/nace-r2-1/items/62.10/ancestors?format=jsonld")
            #expect(has(ancestors, nace21 + "62.10", SKOS.broaderTransitive, .iri(nace21 + "K")))
            #expect(has(ancestors, nace21 + "K", SKOS.prefLabel, .langString("INFORMATION AND COMMUNICATION", "en"))
                    || ancestors.contains { $0.subject == .iri(nace21 + "K") && $0.predicate == .iri(SKOS.prefLabel) })
            let children = try await jsonld(client, "/api/classifications/nace-r2/items/62.0/children", accept: true)
            #expect(has(children, nace2 + "62.0", SKOS.narrower, .iri(nace2 + "62.01")))
            let descendants = try await jsonld(client, "/api/classifications/nace-r2-1/items/K/descendants?depth=2&format=jsonld")
            #expect(has(descendants, nace21 + "K", SKOS.narrowerTransitive, .iri(nace21 + "62.1")))
            let tree = try await jsonld(client, "/api/classifications/nace-r2-1/tree?depth=2&limit=2&format=jsonld")
            #expect(has(tree, Self.id + "classification/nace-r2-1", SKOS.hasTopConcept, .iri(nace21 + "A")))
            #expect(has(tree, nace21 + "A", SKOS.narrower, .iri(nace21 + "01")))
            let successors = try await jsonld(client, "/api/classifications/nace-r2/items/16.10/successors?format=jsonld")
            let splits = successors.filter { $0.predicate == .iri(XKOS.sourceConcept) && $0.object == .iri(nace2 + "16.10") }
            #expect(splits.count == 2)
            #expect(successors.contains { $0.predicate == .iri(LDS.associationKind) && $0.object == .string("1:n") })
            let predecessors = try await jsonld(client, "/api/classifications/nace-r2-1/items/16.11/predecessors", accept: true)
            #expect(predecessors.contains { $0.predicate == .iri(XKOS.targetConcept) && $0.object == .iri(nace21 + "16.11") })
            let projection = try await jsonld(client, "/api/classifications/nace-r2/items/16.10/projection?to=nace-r2-1&format=jsonld")
            #expect(projection.contains { $0.predicate == .iri(XKOS.targetConcept) && $0.object == .iri(nace21 + "16.12") })
            #expect(has(projection, nace21 + "16.12", SKOS.inScheme, .iri(Self.id + "classification/nace-r2-1")))
            let list = try await jsonld(client, "/api/correspondences?format=jsonld")
            #expect(list.filter { $0.object == .iri(XKOS.Correspondence) }.count == 2)
            let byID = try await jsonld(client, "/api/correspondences/nace-r2-nace-r2-1?limit=10&format=jsonld")
            #expect(byID.filter { $0.object == .iri(XKOS.ConceptAssociation) }.count == 10)
            let pair = try await jsonld(client, "/api/correspondences/from/nace-r2-1/to/nace-r2?limit=5", accept: true)
            #expect(pair.filter { $0.object == .iri(XKOS.ConceptAssociation) }.count == 5)
            #expect(has(pair, Self.id + "correspondence/nace-r2-nace-r2-1", LDS.sourceClassification,
                        .iri(Self.id + "classification/nace-r2")))
            // JSON stays the default; an Accept neither JSON nor JSON-LD is refused
            _ = try await json(client, "/api/classifications/nace-r2/items/62.0/children")
            try await client.execute(uri: "/api/correspondences", method: .get, headers: [.accept: "image/png"]) { r in
                #expect(r.status == .notAcceptable)
            }
        }
    }

    @Test func openAPISaysEveryNavigationAnswerIsJSONLD() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let doc = try await json(client, "/openapi.json")
            let item = "/api/classifications/{id}/items/{code}"
            for path in [item, item + "/ancestors", item + "/children", item + "/descendants", item + "/predecessors",
                         item + "/successors", item + "/projection", "/api/classifications/{id}/tree", "/api/correspondences",
                         "/api/correspondences/{id}", "/api/correspondences/from/{source}/to/{target}"] {
                let ok = doc["paths"]?[path]?["get"]?["responses"]?["200"]?["content"]
                #expect(ok?["application/ld+json"] != nil, "\(path)")
                let names = doc["paths"]?[path]?["get"]?["parameters"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
                #expect(names.contains("format"), "\(path)")
            }
            for path in ["/api/classifications/{id}", "/api/concepts/{id}", "/api/series/{id}"] {
                let names = doc["paths"]?[path]?["get"]?["parameters"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
                #expect(names.contains("date"), "\(path): \(names)")
            }
        }
    }

    /// Every navigation route, with an unknown version, a code in no version and a date before any
    /// version, answers a problem naming what is unknown and what exists.
    @Test func everyNavigationRouteNamesWhatExists() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let tails = ["", "/ancestors", "/children", "/descendants", "/predecessors", "/successors", "/projection?to=nace-r2-1"]
            for tail in tails {
                let path = "/api/classifications/nace-r9/items/01" + tail
                let unknown = try await json(client, path, status: .notFound)
                #expect(unknown["detail"]?.stringValue?.contains("unknown classification 'nace-r9'; classifications: ") == true, "\(path)")
                #expect(unknown["detail"]?.stringValue?.contains("nace-r2-1") == true, "\(path)")
                let code = try await json(client, "/api/classifications/nace-r2/items/99.99" + tail, status: .notFound)
                #expect(code["detail"]?.stringValue?.contains("no item '99.99' in nace-r2") == true, "\(tail)")
                let sep = tail.contains("?") ? "&" : "?"
                let early = try await json(client, "/api/classifications/nace-r2/items/01" + tail + sep + "date=1990-01-01",
                                           status: .notFound)
                #expect(early["detail"]?.stringValue?.contains("nace-r2 was not valid on 1990-01-01 (valid 2008-01-01 – 2024-12-31)") == true, "\(tail)")
            }
            let tree = try await json(client, "/api/classifications/nace-r9/tree", status: .notFound)
            #expect(tree["detail"]?.stringValue?.contains("classifications: ") == true)
            let treeDate = try await json(client, "/api/classifications/nace-r2-1/tree?date=1990-01-01", status: .notFound)
            #expect(treeDate["detail"]?.stringValue?.contains("valid 2025-01-01") == true)
            let pair = try await json(client, "/api/correspondences/from/nace-r9/to/nace-r2", status: .notFound)
            #expect(pair["detail"]?.stringValue?.contains("unknown classification 'nace-r9'") == true)
            let noTable = try await json(client, "/api/correspondences/from/nace-r2/to/fr-regions-2016", status: .notFound)
            #expect(noTable["detail"]?.stringValue?.contains("tables involving nace-r2: nace-r2-nace-r2-1") == true)
            let table = try await json(client, "/api/correspondences/nace-r9", status: .notFound)
            #expect(table["detail"]?.stringValue?.contains("correspondences: ") == true)
            let early = try await json(client, "/api/classifications/nace-r2/items/01/projection?to=1990-01-01", status: .notFound)
            #expect(early["detail"]?.stringValue?.contains("versions: ") == true)
        }
    }
}
