import Catalog
import Foundation
import Hummingbird
import HummingbirdTesting
import RDF
import Remote
import Server
import SPARQL
import Testing

/// Remote mode cannot be steered by a request: paths that would close the IRI of a query and add
/// patterns of their own (`GRAPH ?g { … }`: other graphs, a query that runs for ever) answer 404
/// without a single request to the engine; valid IRIs, `#` included, reach it whole, inside their
/// `VALUES` block. Driven through the real router against `RemoteRecordingEngine` on loopback.
@Suite(.serialized) struct RemoteInjectionTests {
    /// The attack class of issue #14: the path closes the IRI and adds three `GRAPH ?g` patterns,
    /// percent-encoded or raw; then each character IRIREF forbids on its own.
    static let attacks = [
        "/id/x%3E%20%7D%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20GRAPH%20%3Fg2%20%7B%20%3Fs2%20%3Fp2%20%3Fo2%20%7D"
            + "%20GRAPH%20%3Fg3%20%7B%20%3Fs3%20%3Fp3%20%3Fo3%20%7D%20%7B%20VALUES%20%3Fs%20%7B%3Curn:x%3E%20%23",
        "/api/series/DF_CPI.M.FR.00%3E%20%7D%20GRAPH%20%3Fg%20%7B%3Fs%20%3Fp%20%3Fo%7D%20%23",
        "/api/organisations/insee%3E%7DUNION%7BGRAPH%3Fg%7B%3Fs%3Fp%3Fo%7D%7D%23",
        "/api/classifications/CL_FREQ%3E%20%7D%20%23/items",
        "/id/organisation/insee%3E",
        "/id/organisation/insee%3C",
        "/id/organisation/%7Binsee",
        "/id/organisation/insee%7D",
        "/id/organisation/in%20see",
        "/id/organisation/in%22see",
        "/id/organisation/in%0Asee%20%7D%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
        "/id/organisation/in%0Dsee",
        "/id/organisation/in%09see",
        "/id/organisation/in%00see",
        "/id/organisation/in%7Csee",
        "/id/organisation/in%5Esee",
        "/id/organisation/in%60see",
        "/id/organisation/in%5Cu003Esee",
        "/id/organisation/insee%3E%20%23%20comment",
        "/api/events/x%3E%20%7D%20%23",
    ]

    static func engine() throws -> RemoteRecordingEngine {
        try RemoteRecordingEngine()
    }

    @Test func everyAttackAnswers404WithoutAskingTheEngine() async throws {
        let engine = try Self.engine()
        try await engine.serving { url in
            let (app, _) = try engine.remoteApplication(url: url)
            try await app.test(.router) { client in
                for path in Self.attacks {
                    for accept in ["application/json", "text/turtle", "text/html"] {
                        try await client.execute(uri: path, method: .get, headers: [.accept: accept]) { r in
                            #expect(r.status == .notFound, "\(path) (\(accept))")
                            #expect(r.headers[.contentType] == "application/problem+json", "\(path)")
                            #expect(r.text.contains("not-found"), "\(path)")
                        }
                    }
                }
            }
            #expect(engine.received.isEmpty, "the engine was asked: \(engine.queries)")
        }
    }

    /// The same IRIs, minus the forbidden character, are asked about: the 404 above is the IRI's,
    /// not a route's.
    @Test func validIRIsStillReachTheEngineAndAnswer() async throws {
        let engine = try Self.engine()
        try await engine.serving { url in
            let (app, _) = try engine.remoteApplication(url: url)
            try await app.test(.router) { client in
                try await client.execute(uri: "/id/organisation/insee", method: .get, headers: [.accept: "text/turtle"]) { r in
                    #expect(r.status == .ok)
                    #expect(r.text.contains("Institut national de la statistique"))
                }
                try await client.execute(uri: "/api/organisations/insee", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.text.contains("\"id\""))
                }
                try await client.execute(uri: "/api/concepts?limit=2&offset=1", method: .get) { r in
                    #expect(r.status == .ok)
                }
            }
            #expect(!engine.received.isEmpty)
            for query in engine.queries { #expect(throws: Never.self, "\(query)") { try SPARQLQuery(query) } }
        }
    }

    /// `#` is allowed in IRIREF: it stays inside the IRI, so it cannot comment out the rest of the
    /// query, and the engine gets exactly the one IRI in the first round's `VALUES`.
    @Test func aHashStaysInsideItsIRI() async throws {
        let engine = try Self.engine()
        try await engine.serving { url in
            let (app, _) = try engine.remoteApplication(url: url)
            try await app.test(.router) { client in
                try await client.execute(uri: "/id/organisation/x%23y%20", method: .get) { r in
                    #expect(r.status == .notFound)  // a space: nothing asked
                }
                #expect(engine.received.isEmpty)
                try await client.execute(uri: "/id/organisation/x%23y", method: .get, headers: [.accept: "text/turtle"]) { r in
                    #expect(r.status == .notFound)  // asked, and not in the catalog
                }
            }
            let first = try #require(engine.queries.first)
            let query = try SPARQLQuery(first)
            #expect(Self.valuesIRIs(query.algebra) == ["http://localhost:8080/id/organisation/x#y"])
            #expect(Self.graphPatterns(query.algebra) == 5)
        }
    }

    /// Numbers of a paged list reach the engine as numbers, bounded: an offset past the route's
    /// bound is a 400 with no query sent; the largest one allowed is sent as it is.
    @Test func pagingValuesAreSentBounded() async throws {
        let engine = try Self.engine()
        try await engine.serving { url in
            let (app, _) = try engine.remoteApplication(url: url)
            try await app.test(.router) { client in
                try await client.execute(uri: "/api/concepts?offset=99999999999", method: .get) { r in
                    #expect(r.status == .badRequest)
                }
            }
            #expect(engine.queries.isEmpty, "\(engine.queries)")
            try await app.test(.router) { client in
                try await client.execute(uri: "/api/concepts?offset=1000000000", method: .get) { r in
                    #expect(r.status.code < 500)
                }
            }
            let page = try #require(engine.queries.first { $0.contains("LIMIT") })
            #expect(page.hasSuffix("LIMIT 50 OFFSET 1000000000"))
            _ = try SPARQLQuery(page)
        }
    }

    /// The IRIs of every `VALUES` block of `a`.
    static func valuesIRIs(_ a: Algebra) -> Set<String> {
        var out = Set<String>()
        _ = a.rewrite { node in
            if case .table(let variables, let rows) = node, variables == ["s"] {
                for row in rows { for term in row { if let iri = term?.iriValue { out.insert(iri) } } }
            }
            return nil
        }
        return out
    }

    /// How many `GRAPH` patterns `a` has.
    static func graphPatterns(_ a: Algebra) -> Int {
        var count = 0
        _ = a.rewrite { node in
            if case .graph = node { count += 1 }
            return nil
        }
        return count
    }
}
