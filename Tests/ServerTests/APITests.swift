import Foundation
import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Server
import Testing

@Suite("REST JSON API under /api")
struct APITests {
    static let lists = ["series", "dataflows", "classifications", "concepts", "events", "internship-topics",
                        "organisations", "projects"]

    @Test(arguments: lists)
    func everyKindListsAndDetails(plural: String) async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let first = try await client.execute(uri: "/api/\(plural)?limit=2", method: .get) { r -> String? in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json")
                #expect(!r.text.contains("\\/"))
                let json = try JSONParser().parse(r.text)
                #expect((json["total"].flatMap { if case .number(let n) = $0 { return Int(n.doubleValue) } else { return nil } } ?? 0) > 0)
                #expect(json["links"]?["self"] != nil)
                return json["items"]?.arrayValue?.first?["id"]?.stringValue
            }
            let id = try #require(first)
            try await client.execute(uri: "/api/\(plural)/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                let json = try JSONParser().parse(r.text)
                #expect(json["id"]?.stringValue == id)
            }
        }
    }

    @Test func paginationLinks() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/api/series?limit=5&offset=5", method: .get) { r in
                let json = try JSONParser().parse(r.text)
                #expect(json["links"]?["prev"] == "/api/series?limit=5&offset=0")
                #expect(json["links"]?["next"] == "/api/series?limit=5&offset=10")
                #expect(json["items"]?.arrayValue?.count == 5)
            }
            try await client.execute(uri: "/api/series?limit=-1", method: .get) { r in
                #expect(r.status == .badRequest)
            }
            try await client.execute(uri: "/api/series?colour=red", method: .get) { r in
                #expect(r.status == .badRequest)
            }
        }
    }

    @Test func searchIsAccentAndCaseInsensitiveAndRanked() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            var firsts: [String] = []
            for q in ["prix", "PRIX", "Prïx"] {
                try await client.execute(uri: "/api/search?q=" + q.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, method: .get) { r in
                    #expect(r.status == .ok)
                    let items = try JSONParser().parse(r.text)["items"]?.arrayValue ?? []
                    #expect(!items.isEmpty)
                    firsts.append(items.first?["id"]?.stringValue ?? "")
                    let scores = items.compactMap { $0["score"] }.compactMap { v -> Double? in
                        if case .number(let n) = v { return n.doubleValue } else { return nil } }
                    #expect(scores == scores.sorted(by: >))
                }
            }
            #expect(Set(firsts).count == 1)
            try await client.execute(uri: "/api/search", method: .get) { r in #expect(r.status == .badRequest) }
        }
    }

    @Test func filters() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/api/series?dataflow=DF_CPI&limit=1000", method: .get) { r in
                let items = try JSONParser().parse(r.text)["items"]?.arrayValue ?? []
                #expect(!items.isEmpty)
                #expect(items.allSatisfy { $0["id"]?.stringValue?.hasPrefix("DF_CPI") == true })
            }
            try await client.execute(uri: "/api/classifications/nace-r2/items?level=1&limit=1000", method: .get) { r in
                let items = try JSONParser().parse(r.text)["items"]?.arrayValue ?? []
                #expect(items.count == 21)
            }
            try await client.execute(uri: "/api/classifications/nace-r2/items?parent=A&limit=1000", method: .get) { r in
                let codes = (try JSONParser().parse(r.text)["items"]?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
                #expect(codes == ["01", "02", "03"])
            }
            try await client.execute(uri: "/api/events?from=2024-01-01&to=2024-12-31&limit=1000", method: .get) { r in
                let items = try JSONParser().parse(r.text)["items"]?.arrayValue ?? []
                #expect(items.allSatisfy { ($0["startDate"]?["value"]?.stringValue ?? "").hasPrefix("2024") })
            }
        }
    }

    @Test func languageSelection() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/api/dataflows/DF_CPI", method: .get, headers: [.acceptLanguage: "fr-FR,fr;q=0.9"]) { r in
                let json = try JSONParser().parse(r.text)
                #expect(json["label"]?["text"] == "Indice des prix à la consommation")
                #expect(r.headers[.contentLanguage] == "fr")
            }
            try await client.execute(uri: "/api/dataflows/DF_CPI?lang=en", method: .get) { r in
                let json = try JSONParser().parse(r.text)
                #expect(json["label"]?["text"] == "Consumer price index")
            }
        }
    }

    @Test func jsonldDetailIsTheResourceDescription() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let ld = try await client.execute(uri: "/api/dataflows/DF_CPI", method: .get,
                                              headers: [.accept: "application/ld+json"]) { r -> [Quad] in
                #expect(r.headers[.contentType] == "application/ld+json")
                return try TestCatalog.parse(r.text, .jsonld, base: "http://localhost:8080/")
            }
            let nt = try await client.execute(uri: "/id/dataflow/DF_CPI", method: .get,
                                              headers: [.accept: "application/n-triples"]) { r -> [Quad] in
                try TestCatalog.parse(r.text, .ntriples, base: "http://localhost:8080/")
            }
            #expect(Isomorphism.areIsomorphic(ld.map(\.triple), nt.map(\.triple)))
        }
    }

    @Test func bulkExport() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let total = try await client.execute(uri: "/api/dataflows?limit=0", method: .get) { r -> Double in
                if case .number(let n)? = try JSONParser().parse(r.text)["total"] { return n.doubleValue } else { return -1 }
            }
            try await client.execute(uri: "/api/export/dataflows", method: .get) { r in
                #expect(r.headers[.contentType] == "application/x-ndjson")
                let lines = r.text.split(separator: "\n")
                #expect(Double(lines.count) == total)
                for line in lines { _ = try JSONParser().parse(String(line)) }
            }
            try await client.execute(uri: "/api/export/dataflows?format=nt", method: .get) { r in
                let quads = try TestCatalog.parse(r.text, .ntriples, base: "http://localhost:8080/")
                #expect(quads.contains { $0.subject == .iri("http://localhost:8080/id/dataflow/DF_CPI") })
            }
        }
    }
}
