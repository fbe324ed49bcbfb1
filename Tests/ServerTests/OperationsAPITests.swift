import Foundation
import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Server
import Testing

@Suite("Operations, indicators and quality reports under /api, /id and the HTML pages")
struct OperationsAPITests {
    static let lists = ["families", "operation-series", "operations", "indicators", "quality-reports"]

    @Test(arguments: lists)
    func listsAndDetails(plural: String) async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let first = try await client.execute(uri: "/api/\(plural)?limit=2", method: .get) { r -> String? in
                #expect(r.status == .ok)
                let json = try JSONParser().parse(r.text)
                #expect(json["items"]?.arrayValue?.count == 2)
                return json["items"]?.arrayValue?.first?["id"]?.stringValue
            }
            let id = try #require(first)
            try await client.execute(uri: "/api/\(plural)/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                let json = try JSONParser().parse(r.text)
                #expect(json["id"]?.stringValue == id)
            }
            try await client.execute(uri: "/api/\(plural)/\(id)?format=jsonld", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix("application/ld+json") == true)
            }
            try await client.execute(uri: "/api/\(plural)/no-such-thing", method: .get) { r in
                #expect(r.status == .notFound)
            }
        }
    }

    @Test func seriesDetailLinksEverything() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/api/operation-series/lfs?lang=en", method: .get) { r in
                let json = try JSONParser().parse(r.text)
                #expect(json["label"]?["text"]?.stringValue == "Labour force survey")
                #expect(json["family"]?["id"]?.stringValue == "labour-market")
                #expect(json["operations"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["lfs-2013", "lfs-2021"])
                #expect(json["indicators"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["employment-rate", "unemployment-rate"])
                #expect(json["qualityReports"]?.arrayValue?.first?["kind"]?.stringValue == "quality-report")
            }
            try await client.execute(uri: "/api/indicators?series=cpi", method: .get) { r in
                #expect(r.status == .ok)
                let total: Double? = if case .number(let n)? = try JSONParser().parse(r.text)["total"] { n.doubleValue } else { nil }
                #expect(total == 2)
            }
            try await client.execute(uri: "/api/operations?colour=red", method: .get) { r in
                #expect(r.status == .badRequest)
            }
        }
    }

    @Test func theOperationsTree() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/api/operations/tree?lang=fr", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json")
                let json = try JSONParser().parse(r.text)
                let families = json["families"]?.arrayValue ?? []
                #expect(families.compactMap { $0["id"]?.stringValue } == ["enterprises", "labour-market", "population", "prices"])
                let prices = families.last
                #expect(prices?["label"]?["text"]?.stringValue == "Prix")
                let cpi = prices?["series"]?.arrayValue?.first
                #expect(cpi?["id"]?.stringValue == "cpi")
                #expect(cpi?["operations"]?.arrayValue?.count == 2)
                #expect(cpi?["indicators"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["cpi", "hicp"])
            }
        }
    }

    @Test func aQualityReportInJSONRDFAndHTML() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/api/quality-reports/lfs", method: .get) { r in
                let json = try JSONParser().parse(r.text)
                #expect(json["target"]?["id"]?.stringValue == "lfs")
                let attributes = json["attributes"]?.arrayValue ?? []
                let s37 = attributes.first { $0["number"]?.stringValue == "S.3.7" }
                #expect(s37?["texts"]?["en"]?.stringValue == "<p>France excluding Mayotte.</p>")
                #expect(s37?["representation"]?.stringValue == "richText")
            }
            try await client.execute(uri: "/id/quality-report/lfs", method: .get, headers: [.accept: "text/turtle"]) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix("text/turtle") == true)
                #expect(r.text.contains("S.3.7"))
            }
            try await client.execute(uri: "/quality-reports/lfs?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("S.3.7 Reference area"))
                #expect(r.text.contains("<p>France excluding Mayotte.</p>"))
            }
            try await client.execute(uri: "/quality-reports/none", method: .get) { r in
                #expect(r.status == .notFound)
            }
            try await client.execute(uri: "/statistical-operations?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("Consumer price index, base 2015"))
                #expect(r.text.contains("href=\"/quality-reports/cpi?lang=en\""))
            }
        }
    }
}
