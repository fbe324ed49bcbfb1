import Foundation
import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Remote
import Server
import Testing

@Suite("Classifications through time under /api")
struct ClassificationNavigationTests {
    func json(_ client: some TestClientProtocol, _ uri: String, status: HTTPResponse.Status = .ok,
              _ sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONValue {
        try await client.execute(uri: uri, method: .get) { r in
            #expect(r.status == status, "\(uri) answered \(r.status.code): \(r.text.prefix(300))", sourceLocation: sourceLocation)
            if status.code >= 400 { #expect(r.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation) }
            return try JSONParser().parse(r.text)
        }
    }

    func codes(_ value: JSONValue?, _ key: String = "code") -> [String] {
        value?.arrayValue?.compactMap { $0[key]?.stringValue } ?? []
    }

    @Test func oneItemAndItsNeighbours() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let item = try await json(client, "/api/classifications/nace-r2-1/items/62.10?lang=en")
            #expect(item["classification"] == "nace-r2-1")
            #expect(item["item"]?["code"] == "62.10")
            #expect(item["item"]?["validity"]?["start"] == "2025-01-01")
            #expect(item["ancestors"]?.arrayValue?.compactMap(\.stringValue) == ["K", "62", "62.1"])
            #expect(item["label"]?["text"] == "Computer programming activities")
            let ancestors = try await json(client, "/api/classifications/nace-r2-1/items/62.10/ancestors")
            #expect(codes(ancestors["items"]) == ["K", "62", "62.1"])
            let children = try await json(client, "/api/classifications/nace-r2/items/62.0/children")
            #expect(codes(children["items"]) == ["62.01", "62.02", "62.03", "62.09"])
            let one = try await json(client, "/api/classifications/nace-r2-1/items/K/descendants?depth=1")
            #expect(codes(one["items"]) == ["61", "62", "63"])
            let all = try await json(client, "/api/classifications/nace-r2-1/items/K/descendants?limit=1000")
            #expect(codes(all["items"]).count > 10 && codes(all["items"]).contains("62.10"))
            let naf = try await json(client, "/api/classifications/naf-r2/items/62.01/children")
            #expect(codes(naf["items"]) == ["62.01Z"])
            try await client.execute(uri: "/api/classifications/nace-r2-1/items/62.10?format=jsonld", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix("application/ld+json") == true)
                let quads = try TestCatalog.parse(r.text, .jsonld, base: TestCatalog.base)
                #expect(quads.contains { $0.subject == .iri("http://localhost:8080/id/classification/nace-r2-1/62.10") })
            }
        }
    }

    @Test func projectionsPredecessorsAndSuccessors() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let split = try await json(client, "/api/classifications/nace-r2/items/16.10/projection?to=nace-r2-1")
            #expect(split["correspondence"] == "nace-r2-nace-r2-1")
            #expect(codes(split["targets"]) == ["16.11", "16.12"])
            #expect(split["targets"]?.arrayValue?.allSatisfy { $0["kind"] == "1:n" } == true)
            let byDate = try await json(client, "/api/classifications/nace-r2/items/16.10/projection?to=2025-06-01")
            #expect(byDate["target"] == "nace-r2-1" && codes(byDate["targets"]) == ["16.11", "16.12"])
            let back = try await json(client, "/api/classifications/nace-r2-1/items/16.11/projection?to=nace-r2")
            #expect(codes(back["targets"]) == ["16.10"] && back["targets"]?.arrayValue?.first?["kind"] == "n:1")
            let same = try await json(client, "/api/classifications/nace-r2/items/16.10/projection?to=2010-01-01")
            #expect(same["direction"] == "identity")
            let successors = try await json(client, "/api/classifications/nace-r2/items/16.10/successors")
            #expect(codes(successors["items"]) == ["16.11", "16.12"])
            let predecessors = try await json(client, "/api/classifications/fr-regions-2016/items/region-44/predecessors")
            #expect(Set(codes(predecessors["items"])) == ["region-21", "region-41", "region-42"])
            #expect(predecessors["items"]?.arrayValue?.first?["date"] == "2016-01-01")
        }
    }

    @Test func treeAndCorrespondences() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let tree = try await json(client, "/api/classifications/nace-r2-1/tree?depth=2&limit=5")
            #expect(tree["total"] == 22)
            #expect(tree["items"]?.arrayValue?.count == 5)
            #expect(tree["items"]?.arrayValue?.first?["children"]?.arrayValue?.isEmpty == false)
            #expect(tree["items"]?.arrayValue?.first?["children"]?.arrayValue?.first?["children"] == nil)
            #expect(tree["links"]?["next"] != nil)
            let under = try await json(client, "/api/classifications/fr-regions-2016/tree?parent=region-84&depth=1")
            #expect(under["total"] == 12)
            let list = try await json(client, "/api/correspondences")
            #expect(Set(codes(list["items"], "id")) == ["nace-r2-nace-r2-1", "fr-regions-2015-2016"])
            let table = try await json(client, "/api/correspondences/nace-r2-nace-r2-1?limit=10")
            #expect(table["total"] == 1_570)
            #expect(table["correspondence"]?["kinds"]?["n:m"] != nil)
            let pair = try await json(client, "/api/correspondences/from/nace-r2-1/to/nace-r2?limit=1")
            #expect(pair["correspondence"]?["direction"] == "target-to-source")
            #expect(pair["correspondence"]?["source"] == "nace-r2-1")
            let involving = try await json(client, "/api/classifications/nace-r2-1/correspondences")
            #expect(codes(involving, "id") == ["correspondence/nace-r2-nace-r2-1"])
        }
    }

    @Test func dateSelectsWhatWasValidThatDay() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            _ = try await json(client, "/api/classifications/nace-r2/items/62.01?date=2020-01-01")
            _ = try await json(client, "/api/classifications/nace-r2/items/62.01?date=*")
            let gone = try await json(client, "/api/classifications/nace-r2/items/62.01?date=2025-03-01", status: .notFound)
            #expect(gone["detail"]?.stringValue?.contains("the version valid then is nace-r2-1") == true)
            _ = try await json(client, "/api/classifications/nace-r2-1/items?date=2024-12-31", status: .notFound)
            _ = try await json(client, "/api/classifications/nace-r2-1/items?date=2025-01-01&level=1")
            _ = try await json(client, "/api/classifications/nace-r2-1/tree?date=2025-13-01", status: .badRequest)
            _ = try await json(client, "/api/classifications/fr-regions-2015/items/region-24/children?date=2016-01-01", status: .notFound)
            let in2020 = try await json(client, "/api/classifications?date=2020-01-01&limit=1000")
            let ids = codes(in2020["items"], "id")
            #expect(ids.contains("nace-r2") && ids.contains("naf-r2") && !ids.contains("nace-r2-1"))
            #expect(!ids.contains("fr-regions-2015") && ids.contains("fr-regions-2016"))
            #expect(ids.contains("CL_FREQ"), "an undated code list is kept")
            let all = try await json(client, "/api/classifications?date=*&limit=1000")
            #expect(codes(all["items"], "id").contains("nace-r2-1") && codes(all["items"], "id").contains("nace-r2"))
            let detail = try await json(client, "/api/classifications/nace-r2")
            #expect(detail["validity"]?["end"] == "2024-12-31")
            let concepts = try await json(client, "/api/concepts?date=2026-01-01&scheme=nace-r2&limit=1")
            #expect(concepts["total"] == 0)
            let series = try await json(client, "/api/series?date=2026-01-01&limit=1000")
            let seriesAll = try await json(client, "/api/series?limit=1000")
            #expect(codes(series["items"], "id").count < codes(seriesAll["items"], "id").count,
                    "series coded with NACE Rev. 2 were not valid in 2026")
        }
    }

    @Test func searchFindsANotationInEveryVersion() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            for q in ["62.01", "6201"] {
                let hits = try await json(client, "/api/search?q=\(q)&kind=concept&limit=5")
                let versions = hits["items"]?.arrayValue?.compactMap { $0["classification"]?.stringValue } ?? []
                #expect(Set(versions.prefix(2)) == ["nace-r2", "naf-r2"], "\(q): \(versions)")
            }
            let naf = try await json(client, "/api/search?q=62.01Z&limit=1")
            #expect(naf["items"]?.arrayValue?.first?["id"] == "classification/naf-r2/62.01Z")
            #expect(naf["items"]?.arrayValue?.first?["classification"] == "naf-r2")
            let rev21 = try await json(client, "/api/search?q=6210&limit=1")
            #expect(rev21["items"]?.arrayValue?.first?["classification"] == "nace-r2-1")
            #expect(rev21["items"]?.arrayValue?.first?["validity"]?["start"] == "2025-01-01")
        }
    }

    @Test func csvDownloads() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/api/export/classifications/nace-r2-1", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/csv; charset=utf-8")
                let lines = r.text.split(separator: "\n")
                #expect(lines.first == "code,notation,parent,level,label_fr,label_en,valid_from,valid_to")
                #expect(lines.count == 1_048)
                #expect(lines.contains("62.10,62.10,62.1,4,Activités de programmation informatique,Computer programming activities,2025-01-01,"))
            }
            try await client.execute(uri: "/api/export/correspondences/nace-r2-nace-r2-1", method: .get) { r in
                #expect(r.status == .ok)
                let lines = r.text.split(separator: "\n")
                #expect(lines.count == 1 + 1_570)
                #expect(lines.contains { $0.hasPrefix("nace-r2,16.10,") && $0.contains(",nace-r2-1,16.11,") && $0.hasSuffix(",1:n,true,") })
            }
            _ = try await json(client, "/api/export/classifications/nope", status: .notFound)
            _ = try await json(client, "/api/export/correspondences/nope", status: .notFound)
        }
    }

    /// Served from a remote engine, these routes read the structural part (every version and table).
    @Test func remoteBackendReadsEveryVersionForTheseRoutes() {
        let base = "http://localhost:8080/"
        for path in ["/api/correspondences", "/api/correspondences/nace-r2-nace-r2-1",
                     "/api/correspondences/from/nace-r2/to/nace-r2-1", "/api/classifications/nace-r2/items/01/projection",
                     "/api/classifications/nace-r2/items/01", "/api/classifications/nace-r2/tree",
                     "/api/export/classifications/nace-r2", "/api/export/correspondences/nace-r2-nace-r2-1"] {
            #expect(RequestSubgraph.plan(path: path, base: base) == .structural, "\(path)")
        }
        #expect(RequestSubgraph.plan(path: "/api/classifications/nace-r2/items", base: base)
                == .view(["http://localhost:8080/id/classification/nace-r2", "http://localhost:8080/id/nace-r2"]))
    }

    @Test func badInputNamesWhatIsUnknownAndWhatExists() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let unknown = try await json(client, "/api/classifications/nace-r3/items/01/ancestors", status: .notFound)
            #expect(unknown["detail"]?.stringValue?.contains("unknown classification 'nace-r3'") == true)
            #expect(unknown["detail"]?.stringValue?.contains("nace-r2-1") == true)
            let code = try await json(client, "/api/classifications/nace-r2-1/items/62.01", status: .notFound)
            #expect(code["detail"]?.stringValue?.contains("nace-r2, naf-r2") == true)
            let early = try await json(client, "/api/classifications/nace-r2/items/01/projection?to=1990-01-01", status: .notFound)
            #expect(early["detail"]?.stringValue?.contains("nace-r2 (2008-01-01 – 2024-12-31)") == true)
            for bad in ["2024-02-30", "2024-13-01", "99999999999999999999-01-01", "2024-1-1"] {
                let problem = try await json(client, "/api/classifications/nace-r2/items/01/projection?to=" + bad, status: .badRequest)
                #expect(problem["detail"]?.stringValue?.contains("YYYY-MM-DD") == true, "\(bad)")
            }
            _ = try await json(client, "/api/classifications/nace-r2/items/01/projection", status: .badRequest)
            _ = try await json(client, "/api/classifications/fr-regions-2016/items/84", status: .badRequest)
            for depth in ["0", "-1", "11", "x", "99999999999999999999"] {
                _ = try await json(client, "/api/classifications/nace-r2/items/A/descendants?depth=" + depth, status: .badRequest)
                _ = try await json(client, "/api/classifications/nace-r2/tree?depth=" + depth, status: .badRequest)
            }
            let noTable = try await json(client, "/api/classifications/nace-r2/items/01/projection?to=fr-regions-2016",
                                         status: .notFound)
            #expect(noTable["detail"]?.stringValue?.contains("nace-r2-nace-r2-1") == true)
            // Offsets are bounded (0–1,000,000,000): past the bound a 400, at it an empty page.
            let far = try await json(client, "/api/classifications/nace-r2/items/A/children?offset=1000000000")
            #expect(far["items"]?.arrayValue?.isEmpty == true)
            _ = try await json(client, "/api/classifications/nace-r2/items/A/children?offset=9223372036854775807", status: .badRequest)
            _ = try await json(client, "/api/correspondences?offset=9223372036854775807", status: .badRequest)
            _ = try await json(client, "/api/classifications/nace-r2/tree?offset=9223372036854775807", status: .badRequest)
            _ = try await json(client, "/api/correspondences/nope", status: .notFound)
            _ = try await json(client, "/api/correspondences/from/nace-r2/to/fr-regions-2016", status: .notFound)
        }
    }
}
