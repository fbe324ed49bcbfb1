import Catalog
import Foundation
import Hummingbird
import HummingbirdTesting
import RDFFormats
import Server
import Testing

@Suite("Caches: encoded REST details per served catalog, parsed SPARQL queries")
struct CachingTests {
    @Test func boundedCacheDropsTheOldestWhenFull() {
        let cache = BoundedCache<Int>(capacity: 2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("a", 10)
        #expect(cache.count == 2)
        #expect(cache.get("a") == 10)
        cache.put("c", 3)
        #expect(cache.get("a") == nil)
        #expect(cache.get("b") == 2)
        #expect(cache.get("c") == 3)
        cache.put("d", 4)
        #expect(cache.get("b") == nil)
        #expect(cache.count == 2)
        let none = BoundedCache<Int>(capacity: 0)
        none.put("a", 1)
        #expect(none.get("a") == nil)
    }

    @Test func repeatedDetailsKeepLanguageFormatAndValidators() async throws {
        try await TestCatalog.application().test(.router) { client in
            let uri = "/api/dataflows/DF_CPI"
            var tags: [String] = []
            for _ in 0..<2 {
                for (lang, label) in [("en", "Consumer price index"), ("fr", "Indice des prix à la consommation")] {
                    try await client.execute(uri: uri + "?lang=" + lang, method: .get) { r in
                        #expect(r.status == .ok)
                        #expect(r.headers[.contentLanguage] == lang)
                        let json = try JSONParser().parse(r.text)
                        #expect(json["label"]?["text"]?.stringValue == label)
                        tags.append(r.headers[.eTag] ?? "")
                    }
                }
            }
            #expect(tags[0] == tags[2] && tags[1] == tags[3] && tags[0] != tags[1])
            try await client.execute(uri: uri + "?lang=en", method: .get, headers: [.ifNoneMatch: tags[0]]) { r in
                #expect(r.status == .notModified)
            }
            try await client.execute(uri: uri, method: .get, headers: [.accept: "application/ld+json"]) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/ld+json")
            }
            try await client.execute(uri: uri + "?lang=en", method: .get) { r in
                #expect(r.headers[.contentType] == "application/json")
            }
            try await client.execute(uri: "/api/dataflows/DF_NONE", method: .get) { r in #expect(r.status == .notFound) }
            try await client.execute(uri: "/api/dataflows/DF_NONE", method: .get) { r in #expect(r.status == .notFound) }
        }
    }

    @Test func aReloadServesTheNewCatalogNotTheCachedAnswers() async throws {
        let state = try CatalogState(dataset: TestCatalog.tiny())
        try await TestCatalog.application(state: state).test(.router) { client in
            try await client.execute(uri: "/api/dataflows/DF_CPI?lang=en", method: .get) { r in
                #expect(r.text.contains("Consumer price index"))
            }
            let renamed = TestCatalog.turtle.replacingOccurrences(of: "\"Consumer price index\"@en",
                                                                  with: "\"Harmonised consumer prices\"@en")
            state.replace(with: try TestCatalog.tiny(renamed))
            try await client.execute(uri: "/api/dataflows/DF_CPI?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("Harmonised consumer prices"))
                #expect(!r.text.contains("Consumer price index"))
            }
        }
    }

    @Test func aCatalogWithoutCacheStillAnswers() async throws {
        let state = try CatalogState(dataset: TestCatalog.tiny(), cacheCapacity: 0)
        try await TestCatalog.application(state: state).test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/api/dataflows/DF_CPI?lang=en", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.text.contains("Consumer price index"))
                }
            }
        }
        #expect(state.served.representations.count == 0)
    }

    @Test func repeatedQueriesAndRepeatedSyntaxErrorsAnswerTheSame() async throws {
        try await TestCatalog.application().test(.router) { client in
            let query = "SELECT ?label WHERE { <http://localhost:8080/id/dataflow/DF_CPI> ?p ?label } ORDER BY ?label"
            var bodies: [String] = []
            for _ in 0..<2 {
                try await client.execute(uri: "/sparql?query=" + escape(query), method: .get,
                                         headers: [.accept: "application/sparql-results+json"]) { r in
                    #expect(r.status == .ok)
                    bodies.append(r.text)
                }
            }
            #expect(bodies[0] == bodies[1])
            #expect(bodies[0].contains("Consumer price index"))
            for _ in 0..<2 {
                try await client.execute(uri: "/sparql?query=" + escape("SELECT * WHERE {\n  ?s ?p"), method: .get) { r in
                    #expect(r.status == .badRequest)
                    let json = try JSONParser().parse(r.text)
                    #expect(json["line"] == .int(2))
                    #expect(json["column"] != nil)
                }
            }
        }
    }

    @Test func jsonResultsEscapeOnlyWhatNeedsIt() async throws {
        try await TestCatalog.application().test(.router) { client in
            let query = #"SELECT ?x ?y WHERE { BIND("q\"b\\s\nl\u2028e" AS ?x) BIND("IPC — ensemble" AS ?y) }"#
            try await client.execute(uri: "/sparql?query=" + escape(query), method: .get,
                                     headers: [.accept: "application/sparql-results+json"]) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains(#""q\"b\\s\nl\u2028e""#))
                #expect(r.text.contains("\"IPC — ensemble\""))
                let json = try JSONParser().parse(r.text)
                let row = json["results"]?["bindings"]?.arrayValue?.first
                #expect(row?["x"]?["value"]?.stringValue == "q\"b\\s\nl\u{2028}e")
            }
        }
    }

    func escape(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
}
