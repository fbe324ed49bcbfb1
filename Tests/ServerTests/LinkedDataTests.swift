import Foundation
import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Server
import Testing

@Suite("Linked data: dereferencing catalog IRIs by negotiation")
struct LinkedDataTests {
    static let path = "/id/dataflow/DF_CPI"
    static let iri = "http://localhost:8080/id/dataflow/DF_CPI"

    func parse(_ text: String, _ format: RDFFormat) throws -> [Quad] {
        try TestCatalog.parse(text, format, base: Self.iri)
    }

    static let rdfCases: [(accept: String, format: RDFFormat)] = [
        ("text/turtle", .turtle), ("application/n-triples", .ntriples), ("application/rdf+xml", .rdfxml),
        ("application/ld+json", .jsonld), ("*/*", .turtle),
        ("text/turtle;q=0.5, application/n-triples", .ntriples),
    ]

    @Test(arguments: rdfCases)
    func everyRDFFormatGivesTheSameGraph(accept: String, format: RDFFormat) async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: Self.path, method: .get, headers: [.accept: accept]) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == format.mediaType)
                #expect(r.headers[.vary]?.contains("Accept") == true)
                let quads = try parse(r.text, format)
                let subject = Term.iri(Self.iri)
                #expect(quads.contains { $0.subject == subject && $0.predicate == .iri(RDFVocabulary.type) })
                // labels of linked resources are included
                #expect(quads.contains { $0.subject == .iri("http://localhost:8080/id/organisation/insee") })
            }
        }
    }

    @Test func formatsAreIsomorphic() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            var graphs: [[Triple]] = []
            for format in [RDFFormat.turtle, .ntriples, .rdfxml, .jsonld] {
                try await client.execute(uri: Self.path + "?format=" + format.fileExtensions[0], method: .get) { r in
                    #expect(r.status == .ok)
                    graphs.append(try parse(r.text, format).map(\.triple))
                }
            }
            for g in graphs.dropFirst() { #expect(Isomorphism.areIsomorphic(graphs[0], g)) }
        }
    }

    @Test func browsersGetHTML() async throws {
        let firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: Self.path, method: .get,
                                     headers: [.accept: firefox, .acceptLanguage: "fr-FR,fr;q=0.9,en;q=0.5"]) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/html; charset=utf-8")
                #expect(r.headers[.contentLanguage] == "fr")
                #expect(r.text.contains("Indice des prix à la consommation"))
                #expect(r.text.contains("href=\"/id/organisation/insee?lang=fr\""))
            }
            try await client.execute(uri: Self.path + "?lang=en", method: .get, headers: [.accept: firefox]) { r in
                #expect(r.text.contains("Consumer price index"))
            }
        }
    }

    @Test func headAnswersLikeGetWithoutBody() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: Self.path, method: .head, headers: [.accept: "text/turtle"]) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/turtle")
                #expect(r.body.readableBytes == 0)
            }
        }
    }

    @Test func unknownIRIIs404Problem() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/id/series/NOPE", method: .get) { r in
                #expect(r.status == .notFound)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func nothingAcceptableIs406WithOffers() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: Self.path, method: .get, headers: [.accept: "image/png"]) { r in
                #expect(r.status == .notAcceptable)
                let json = try JSONParser().parse(r.text)
                let offered = json["offered"]?.arrayValue?.compactMap(\.stringValue) ?? []
                #expect(offered.contains("text/turtle"))
                #expect(offered.contains("application/ld+json"))
            }
        }
    }

    @Test func jsonldNamesThePublishedContext() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: Self.path, method: .get, headers: [.accept: "application/ld+json"]) { r in
                let json = try JSONParser().parse(r.text)
                #expect(json["@context"] == "http://localhost:8080/context.jsonld")
            }
            try await client.execute(uri: "/context.jsonld", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/ld+json")
                let context = try JSONParser().parse(r.text)
                #expect(context["@context"] != nil)
            }
        }
    }
}
