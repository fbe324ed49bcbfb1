import Catalog
import Foundation
import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Server
import Testing

/// Every route over the same facts written in three models (the project's, Insee's RMéS,
/// DCAT-AP / Data Cube), each loaded with its mapping: the same resources, the same answers,
/// and an office's own IRIs dereference wherever they are under the base.
@Suite("Vocabulary mappings: the HTTP surface over one catalog in three models")
struct ModelCatalogRoutesTests {
    /// The status and body of each GET.
    static func get(_ model: ModelCatalogApps.Model, _ uris: [String], accept: String = "application/json")
        async throws -> [(status: Int, body: String, type: String?)] {
        try await ModelCatalogApps.application(model).test(.router) { client in
            var out: [(status: Int, body: String, type: String?)] = []
            for uri in uris {
                out.append(try await client.execute(uri: uri, method: .get, headers: [.accept: accept]) {
                    (Int($0.status.code), $0.text, $0.headers[.contentType])
                })
            }
            return out
        }
    }

    /// A JSON answer with every IRI and id (each model's own) taken out.
    static func withoutIRIs(_ json: String) throws -> JSONValue {
        func strip(_ v: JSONValue) -> JSONValue {
            switch v {
            case .object(let members):
                let ignored: Set<String> = ["iri", "id", "href", "@id", "scheme", "schemes"]
                return .object(JSONObject(members.filter { !ignored.contains($0.key) }.map { ($0.key, strip($0.value)) }))
            // in each model's id order: compared as a multiset
            case .array(let items): return .array(items.map(strip)
                .sorted { JSONWriter.write($0, options: .init(sortKeys: true)) < JSONWriter.write($1, options: .init(sortKeys: true)) })
            default: return v
            }
        }
        return strip(try JSONParser().parse(json))
    }

    @Test(arguments: [ModelCatalogApps.rmes, ModelCatalogApps.dcatQB])
    func theRESTAPIAnswersTheSame(model: ModelCatalogApps.Model) async throws {
        let own = try await Self.get(ModelCatalogApps.lodestat, ["/api/classifications", "/api/organisations", "/api/concepts?limit=100"])
        let other = try await Self.get(model, ["/api/classifications", "/api/organisations", "/api/concepts?limit=100"])
        for (a, b) in zip(own, other) {
            #expect(a.status == 200 && b.status == 200)
            #expect(try Self.withoutIRIs(a.body) == Self.withoutIRIs(b.body), "\(model)\n\(a.body)\n\(b.body)")
        }
        #expect(own[0].body.contains("NAFRev2"))
    }

    @Test func classificationItemsAnswerTheSameByCode() async throws {
        let uris = ["/api/classifications/nafr2/items", "/api/classifications/nafr2/items/01.1"]
        let own = try await Self.get(ModelCatalogApps.lodestat, uris)
        for model in [ModelCatalogApps.rmes, ModelCatalogApps.dcatQB] {
            let other = try await Self.get(model, uris)
            for (a, b) in zip(own, other) {
                #expect(a.status == 200 && b.status == 200, "\(model): \(b.body.prefix(300))")
                #expect(try Self.withoutIRIs(a.body) == Self.withoutIRIs(b.body), "\(model)")
            }
        }
    }

    @Test(arguments: ModelCatalogApps.all)
    func searchAnswersTheSame(model: ModelCatalogApps.Model) async throws {
        let a = try await Self.get(model, ["/api/search?q=population+active"])[0]
        #expect(a.status == 200)
        #expect(a.body.contains("Labour force"))
        #expect(a.body.contains("\"total\":1") || a.body.contains("\"total\": 1"))
    }

    @Test func theOfficesOwnIRIsDereference() async throws {
        let rmes = ModelCatalogApps.rmes
        try await ModelCatalogApps.application(rmes).test(.router) { client in
            for (path, iri) in [("/codes/nafr2/groupe/01.1", "http://id.insee.fr/codes/nafr2/groupe/01.1"),
                                ("/concepts/definition/c1001", "http://id.insee.fr/concepts/definition/c1001"),
                                ("/organisations/insee", "http://id.insee.fr/organisations/insee")] {
                for (accept, format) in [("text/turtle", RDFFormat.turtle), ("application/n-triples", .ntriples),
                                         ("application/rdf+xml", .rdfxml), ("application/ld+json", .jsonld)] {
                    try await client.execute(uri: path, method: .get, headers: [.accept: accept]) { r in
                        #expect(r.status == .ok, "\(path) \(accept)")
                        #expect(r.headers[.contentType] == format.mediaType)
                        // the published context, at the office's base, is the project's file
                        let text = r.text.replacingOccurrences(of: "\"http://id.insee.fr/context.jsonld\"",
                                                               with: "\"http://localhost:8080/context.jsonld\"")
                        let quads = try TestCatalog.parse(text, format, base: iri)
                        #expect(quads.contains { $0.subject == .iri(iri) && $0.predicate == .iri(RDFVocabulary.type) },
                                "\(path) \(accept)")
                    }
                }
                try await client.execute(uri: path, method: .get, headers: [.accept: "text/html"]) { r in
                    #expect(r.status == .ok)
                    #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
                }
            }
            // the definition's note resource is described too: it is an IRI under the base
            try await client.execute(uri: "/concepts/definition/c1001/definition/v1/en", method: .get,
                                     headers: [.accept: "text/turtle"]) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("working age"))
            }
        }
    }

    @Test func nothingSaidOrAReservedPathIs404() async throws {
        try await ModelCatalogApps.application(ModelCatalogApps.rmes).test(.router) { client in
            // unknown IRI; an IRI only ever an object (the classification's publisher is not described)
            for path in ["/codes/nafr2/groupe/99.9", "/nothing", "/api/nothing", "/sdmx/nothing/at/all", "/dcat/x"] {
                try await client.execute(uri: path, method: .get, headers: [.accept: "text/turtle"]) { r in
                    #expect(r.status == .notFound, "\(path)")
                    #expect(r.headers[.contentType]?.hasPrefix("application/problem+json") == true, "\(path)")
                }
            }
            // the server's own routes still answer
            try await client.execute(uri: "/health", method: .get) { r in #expect(r.status == .ok) }
            try await client.execute(uri: "/admin/reload", method: .post) { r in #expect(r.status == .notFound) }
        }
    }

    @Test func remoteModeReadsAnOfficesIRIAsAResource() throws {
        let base = "http://id.insee.fr/", reserved: Set<String> = ["api", "id", "sparql", "sdmx"]
        #expect(RequestSubgraph.plan(path: "/codes/nafr2/groupe/01.1", base: base, reserved: reserved)
            == .resource("http://id.insee.fr/codes/nafr2/groupe/01.1"))
        #expect(RequestSubgraph.plan(path: "/sdmx/v1/codelist", base: base, reserved: reserved) == .structural)
        // without the route table's reserved prefixes, as before
        #expect(RequestSubgraph.plan(path: "/codes/nafr2/groupe/01.1", base: base) == .structural)
    }

    @Test func theCatchAllRouteIsDocumented() async throws {
        let a = try await Self.get(ModelCatalogApps.lodestat, ["/openapi.json"])[0]
        #expect(a.body.contains("\"/{path}\""))
        #expect(a.body.contains("dereferenceAny"))
    }

    @Test func dcatAPDescribesTheSameDataset() async throws {
        for model in [ModelCatalogApps.lodestat, ModelCatalogApps.dcatQB] {
            let a = try await Self.get(model, ["/dcat"], accept: "application/n-triples")[0]
            #expect(a.status == 200)
            #expect(a.body.contains("\"Jobseekers and unemployed persons\"@en"), "\(model)")
            #expect(a.body.contains("\"French classification of activities - NAF rev. 2\"@en"), "\(model)")
        }
    }

    @Test func aPublicBaseNamesTheServerInDCATAP() async throws {
        var configuration = ServerConfiguration(baseIRI: ModelCatalogApps.rmes.base)
        configuration.publicBase = "https://data.example.org/"
        try await ModelCatalogApps.application(ModelCatalogApps.rmes, configuration: configuration).test(.router) { client in
            try await client.execute(uri: "/dcat", method: .get, headers: [.accept: "application/n-triples"]) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("<http://www.w3.org/ns/dcat#endpointURL> <https://data.example.org/sparql>"))
                #expect(!r.text.contains("<http://id.insee.fr/sparql>"))
                // the catalog's resources keep their IRIs
                #expect(r.text.contains("<http://id.insee.fr/codes/nafr2/naf>"))
            }
            try await client.execute(uri: "/codes/nafr2/naf", method: .get, headers: [.accept: "text/turtle"]) { r in
                #expect(r.status == .ok)
            }
        }
    }

    @Test func sdmxExportsTheSameArtefacts() async throws {
        func ids(_ xml: String, _ element: String) -> Set<String> {
            var out = Set<String>()
            var rest = Substring(xml)
            while let r = rest.range(of: "<str:\(element) ") {
                rest = rest[r.upperBound...]
                if let idr = rest.range(of: "id=\""), let end = rest[idr.upperBound...].firstIndex(of: "\"") {
                    out.insert(String(rest[idr.upperBound..<end]))
                }
            }
            return out
        }
        var answers: [String: (codelists: Set<String>, dataflows: Set<String>)] = [:]
        for model in ModelCatalogApps.all {
            let a = try await Self.get(model, ["/sdmx/v1/codelist", "/sdmx/v1/dataflow"], accept: "application/xml")
            #expect(a[0].status == 200)
            answers[model.folder] = (ids(a[0].body, "Codelist"), a[1].status == 200 ? ids(a[1].body, "Dataflow") : [])
        }
        #expect(answers["lodestat"]?.codelists.contains("NAFRev2") == true)
        // The concepts' scheme is a category scheme where a dataset has its concepts as themes (the
        // project's model, DCAT); RMéS has no dataset, so there it is a codelist.
        #expect(answers["rmes"]?.codelists == answers["lodestat"]?.codelists.union(["DEFINITIONS"]))
        #expect(answers["dcat-qb"]?.codelists == answers["lodestat"]?.codelists)
        #expect(answers["lodestat"]?.dataflows.count == 1)
        #expect(answers["dcat-qb"]?.dataflows == answers["lodestat"]?.dataflows)
    }

    @Test func aBrokenMappingOnReloadKeepsTheCatalogInService() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lodestat-mapping-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let mapping = dir + "/rmes.ttl"
        try FileManager.default.copyItem(atPath: ModelCatalogApps.root + "/Ontologies/mappings/rmes.ttl", toPath: mapping)
        let loader = try ModelCatalogApps.loader(ModelCatalogApps.rmes, mapping: mapping)
        let state = CatalogState(dataset: try loader.load())
        let reloader = CatalogReloader(state: state) { try loader.load() }
        var configuration = ServerConfiguration(baseIRI: ModelCatalogApps.rmes.base)
        configuration.adminToken = "t0ken"
        try await ModelCatalogApps.application(ModelCatalogApps.rmes, reloader: reloader, state: state,
                                               configuration: configuration).test(.router) { client in
            let text = try String(contentsOfFile: mapping, encoding: .utf8)
            try (text + "\nmap:concept map:colour <http://example.org/p> .\n").write(toFile: mapping, atomically: true, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
            try await client.execute(uri: "/admin/reload", method: .post, headers: [.authorization: "Bearer t0ken"]) { r in
                #expect(r.status.code >= 400)
                #expect(r.text.contains("rmes.ttl:\(lines)"), "\(r.text)")
                #expect(r.text.contains("is not a field of map:concept"))
            }
            try await client.execute(uri: "/api/organisations/insee", method: .get) { r in
                #expect(r.status == .ok)
            }
        }
    }
}
