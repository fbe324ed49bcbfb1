import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Synchronization
import Testing

/// Limits the router enforces: query length (414/413), and a runaway query cancelled at its
/// deadline while the server keeps answering.
@Suite struct RequestLimitsTests {
    static func escaped(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s
    }

    @Test func queryLongerThanTheLimitIs414ForGetAnd413ForPost() async throws {
        var config = ServerConfiguration()
        config.maxQueryLength = 64
        let long = "SELECT * WHERE { ?s ?p ?o } # " + String(repeating: "x", count: 64)
        let short = "ASK { ?s ?p ?o }"
        try await TestCatalog.application(config).test(.router) { client in
            try await client.execute(uri: "/sparql?query=" + Self.escaped(long), method: .get) { r in
                #expect(r.status.code == 414)
                #expect(r.headers[.contentType] == "application/problem+json")
                #expect(r.text.contains("query-too-long"))
                #expect(r.text.contains("\"limit\":64"))
            }
            try await client.execute(uri: "/sparql", method: .post, headers: [.contentType: "application/sparql-query"],
                                     body: ByteBuffer(string: long)) { r in
                #expect(r.status.code == 413)
                #expect(r.text.contains("query-too-long"))
            }
            try await client.execute(uri: "/sparql", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "query=" + Self.escaped(long))) { r in
                #expect(r.status.code == 413)
            }
            try await client.execute(uri: "/sparql?query=" + Self.escaped(short), method: .get) { r in
                #expect(r.status == .ok)
            }
        }
    }

    @Test func defaultLimitsAreExplicit() {
        let config = ServerConfiguration()
        #expect(config.maxQueryLength == 64 * 1024)
        #expect(config.maxHeaderBytes == 32 * 1024)
        #expect(config.idleTimeout == .seconds(60))
        #expect(config.slowClientTimeout == .seconds(30))
    }

    /// A cross product over the whole catalog runs until its deadline: meanwhile `/health` answers,
    /// and the runaway gets the 422 problem. The response is sent only once the evaluation has
    /// thrown (the query runner resumes when `execute` returns), so nothing is left running.
    @Test func runawayQueryIsCancelledWhileHealthKeepsAnswering() async throws {
        // A budget far above what /health needs even on a loaded machine (tests run in parallel).
        let config = ServerConfiguration(queryTimeout: .seconds(40))
        let runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        try await TestCatalog.catalogApplication(config).test(.router) { client in
            let finished = Atomic<Bool>(false)
            async let runawayStatus: (Int, String) = client.execute(
                uri: "/sparql?query=" + Self.escaped(runaway), method: .get
            ) { r in
                finished.store(true, ordering: .sequentiallyConsistent)
                return (r.status.code, r.text)
            }
            // Let the runaway start before asking for health.
            try await Task.sleep(for: .milliseconds(200))
            for _ in 0..<3 {
                try await client.execute(uri: "/health", method: .get) { r in
                    #expect(r.status == .ok)
                }
                let runawayDone = finished.load(ordering: .sequentiallyConsistent)
                #expect(!runawayDone, "/health waited for the runaway query")
            }
            let (status, text) = try await runawayStatus
            #expect(status == 422)
            #expect(text.contains("query-timeout"))
        }
    }
}
