import Foundation
import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Server
import Testing

@Suite("GET /dcat: the DCAT-AP description by negotiation")
struct DCATRouteTests {
    static let catalog = Term.iri("http://localhost:8080/id/catalog")

    @Test(arguments: [("text/turtle", RDFFormat.turtle), ("application/ld+json", .jsonld),
                      ("application/n-triples", .ntriples), ("application/rdf+xml", .rdfxml), ("*/*", .turtle)])
    func everyFormatDescribesTheCatalog(accept: String, format: RDFFormat) async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/dcat", method: .get, headers: [.accept: accept]) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == format.mediaType)
                #expect(r.headers[.vary]?.contains("Accept") == true)
                #expect(r.headers[.cacheControl] != nil)
                let quads = try TestCatalog.parse(r.text, format, base: "http://localhost:8080/dcat")
                #expect(quads.contains { $0.subject == Self.catalog && $0.object == .iri(DCAT.Catalog) })
                let datasets = quads.filter { $0.subject == Self.catalog && $0.predicate == .iri(DCAT.dataset) }
                #expect(datasets.count > 20)
                #expect(quads.contains { $0.predicate == .iri(DCAT.endpointURL) && $0.object == .iri("http://localhost:8080/sparql") })
            }
        }
    }

    @Test func etagHeadAndNotAcceptable() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let etag = try await client.execute(uri: "/dcat?format=nt", method: .get) { r -> String in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == RDFFormat.ntriples.mediaType)
                return try #require(r.headers[.eTag])
            }
            try await client.execute(uri: "/dcat?format=nt", method: .get, headers: [.ifNoneMatch: etag]) { r in
                #expect(r.status == .notModified)
            }
            try await client.execute(uri: "/dcat", method: .head) { r in
                #expect(r.status == .ok)
                #expect(r.body.readableBytes == 0)
            }
            try await client.execute(uri: "/dcat", method: .get, headers: [.accept: "application/pdf"]) { r in
                #expect(r.status == .notAcceptable)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
        }
    }

    /// Every URL the description hands out under the base (access and download URLs of the
    /// distributions, endpoints and their descriptions) answers on this server.
    @Test func everyAdvertisedURLAnswers() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let text = try await client.execute(uri: "/dcat?format=nt", method: .get) { $0.text }
            let quads = try TestCatalog.parse(text, .ntriples, base: "http://localhost:8080/dcat")
            let linking: Set<Term> = [.iri(DCAT.accessURL), .iri(DCAT.downloadURL), .iri(DCAT.endpointURL),
                                      .iri(DCAT.endpointDescription)]
            let base = "http://localhost:8080"
            let urls = Set(quads.filter { linking.contains($0.predicate) }.compactMap(\.object.iriValue)
                .filter { $0.hasPrefix(base + "/") })
            #expect(urls.count > 50)
            for url in urls.sorted() {
                let status = try await client.execute(uri: String(url.dropFirst(base.count)), method: .get) { $0.status }
                #expect(status == .ok, "\(url) answers \(status)")
            }
        }
    }

    @Test func openAPIDocumentsTheRoute() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("\"/dcat\""))
                #expect(r.text.contains("getDCAT"))
            }
        }
    }
}
