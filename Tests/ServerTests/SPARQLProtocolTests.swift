import Foundation
import Hummingbird
import HummingbirdTesting
import RDFFormats
import SPARQL
import Server
import Testing

@Suite("SPARQL 1.1 Protocol at /sparql")
struct SPARQLProtocolTests {
    static let select = "SELECT ?label WHERE { <http://localhost:8080/id/dataflow/DF_CPI> <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"

    static func escaped(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s
    }

    static let resultCases: [(accept: String, format: SPARQLResultsFormat)] = [
        ("application/sparql-results+json", .json), ("application/sparql-results+xml", .xml),
        ("text/csv", .csv), ("text/tab-separated-values", .tsv), ("*/*", .json),
        ("application/sparql-results+json,application/json,text/javascript,application/javascript", .json),
    ]

    @Test(arguments: resultCases)
    func getSelectInEveryResultsFormat(accept: String, format: SPARQLResultsFormat) async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/sparql?query=" + Self.escaped(Self.select), method: .get,
                                     headers: [.accept: accept]) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix(format.mediaType) == true)
                let result = try #require(format.reader).read(r.text)
                guard case .solutions(let table) = result else { Issue.record("not solutions"); return }
                #expect(table.rows.count == 2)
            }
        }
    }

    @Test func postFormAndDirectBody() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let form = ByteBuffer(string: "query=" + Self.escaped("ASK { ?s ?p ?o }"))
            try await client.execute(uri: "/sparql", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded",
                                               .accept: "application/sparql-results+json"], body: form) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("\"boolean\": true") || r.text.contains("\"boolean\":true"))
            }
            try await client.execute(uri: "/sparql", method: .post,
                                     headers: [.contentType: "application/sparql-query", .accept: "text/csv"],
                                     body: ByteBuffer(string: Self.select)) { r in
                #expect(r.status == .ok)
                #expect(r.text.hasPrefix("label"))
            }
            try await client.execute(uri: "/sparql", method: .post, headers: [.contentType: "text/plain"],
                                     body: ByteBuffer(string: Self.select)) { r in
                #expect(r.status == .unsupportedMediaType)
            }
        }
    }

    @Test func constructByNegotiation() async throws {
        let q = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5"
        try await TestCatalog.catalogApplication().test(.router) { client in
            for format in [RDFFormat.turtle, .ntriples, .rdfxml, .jsonld] {
                try await client.execute(uri: "/sparql?query=" + Self.escaped(q), method: .get,
                                         headers: [.accept: format.mediaType]) { r in
                    #expect(r.status == .ok)
                    #expect(r.headers[.contentType]?.hasPrefix(format.mediaType) == true)
                    let quads = try TestCatalog.parse(r.text, format, base: "http://localhost:8080/")
                    #expect(quads.count == 5)
                }
            }
        }
    }

    @Test func syntaxErrorCarriesItsPosition() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/sparql?query=" + Self.escaped("SELECT * WHERE {\n  ?s ?p }"), method: .get) { r in
                #expect(r.status == .badRequest)
                #expect(r.headers[.contentType] == "application/problem+json")
                let json = try JSONParser().parse(r.text)
                #expect(json["line"] == .int(2))
                #expect(json["column"] != nil)
            }
        }
    }

    @Test func serviceDescriptionWithoutQuery() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/sparql", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/turtle")
                #expect(r.text.contains("sd:Service"))
                let quads = try TestCatalog.parse(r.text, .turtle, base: "http://localhost:8080/")
                #expect(quads.contains { $0.object == .iri("http://www.w3.org/ns/formats/SPARQL_Results_JSON") })
            }
        }
    }

    /// No row cap unless the server sets one (issue #16): the whole default graph, every triple.
    @Test func answersHaveNoRowCapByDefault() async throws {
        #expect(ServerConfiguration().maxQueryRows == nil)
        try await TestCatalog.catalogApplication(ServerConfiguration()).test(.router) { client in
            var total = -1
            let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
            try await client.execute(uri: "/sparql?query=" + Self.escaped(count), method: .get,
                                     headers: [.accept: "application/sparql-results+json"]) { r in
                let doc = try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any]
                let bindings = (doc?["results"] as? [String: Any])?["bindings"] as? [[String: Any]]
                total = Int(((bindings?.first?["n"] as? [String: Any])?["value"] as? String) ?? "") ?? -1
            }
            #expect(total > 3)
            try await client.execute(uri: "/sparql?query=" + Self.escaped("SELECT * WHERE { ?s ?p ?o }"), method: .get,
                                     headers: [.accept: "application/sparql-results+json"]) { r in
                #expect(r.status == .ok)
                let doc = try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any]
                let bindings = (doc?["results"] as? [String: Any])?["bindings"] as? [[String: Any]]
                #expect(bindings?.count == total)
            }
        }
    }

    @Test func rowLimitAndTimeoutAnswerProblemsNotPartialResults() async throws {
        let limited = ServerConfiguration(maxQueryRows: 3)
        try await TestCatalog.catalogApplication(limited).test(.router) { client in
            try await client.execute(uri: "/sparql?query=" + Self.escaped("SELECT * WHERE { ?s ?p ?o }"), method: .get) { r in
                #expect(r.status == .unprocessableContent)
                #expect(r.text.contains("too-many-results"))
            }
        }
        let slow = ServerConfiguration(queryTimeout: .milliseconds(1))
        let heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        try await TestCatalog.catalogApplication(slow).test(.router) { client in
            try await client.execute(uri: "/sparql?query=" + Self.escaped(heavy), method: .get) { r in
                #expect(r.status == .unprocessableContent)
                #expect(r.text.contains("query-timeout"))
                #expect(!r.text.contains("bindings"))
            }
        }
    }

    @Test func protocolDatasetOverridesTheQuery() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let q = Self.escaped("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            try await client.execute(uri: "/sparql?query=\(q)&default-graph-uri=" + Self.escaped("urn:nothing"),
                                     method: .get, headers: [.accept: "text/csv"]) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("\n0"))
            }
        }
    }
}
