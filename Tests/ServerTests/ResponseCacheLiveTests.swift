import Catalog
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Logging
import Server
import Synchronization
import Testing

/// The response cache in the real server on a loopback port: repeats are answered from it, alike
/// to the first answer; a reload empties it; `--response-cache-entries 0` turns it off.
@Suite("Response cache in the real server")
struct ResponseCacheLiveTests {
    final class Labels: Sendable {
        let english = Mutex("Consumer price index")
        func load() throws -> CatalogDataset {
            try TestCatalog.tiny(TestCatalog.turtle.replacingOccurrences(
                of: "\"Consumer price index\"@en", with: "\"\(english.withLock { $0 })\"@en"))
        }
    }

    static func hits(_ client: some TestClientProtocol) async throws -> Int? {
        try await metric("lodestat_response_cache_hits_total", client)
    }

    /// The value of an unlabelled metric in `/metrics`.
    static func metric(_ name: String, _ client: some TestClientProtocol) async throws -> Int? {
        try await client.execute(uri: "/metrics", method: .get) { r in
            r.text.split(separator: "\n").first { $0.hasPrefix(name + " ") }
                .flatMap { Double($0.split(separator: " ")[1]) }.map { Int($0) }
        }
    }

    @Test func repeatsComeFromTheCacheAndAReloadEmptiesIt() async throws {
        let labels = Labels()
        let state = try CatalogState(dataset: labels.load())
        let reloader = CatalogReloader(state: state) { try labels.load() }
        let app = buildApplication(configuration: ServerConfiguration(port: 0), state: state, reloader: reloader,
                                   logger: Logger(label: "response-cache-test"))
        try await app.test(.live) { client in
            let uri = "/api/dataflows/DF_CPI?lang=en"
            var answers: [(HTTPFields, String)] = []
            for _ in 0..<2 {
                try await client.execute(uri: uri, method: .get) { r in
                    #expect(r.status == .ok)
                    answers.append((r.headers, r.text))
                }
            }
            #expect(answers[0].1 == answers[1].1)
            #expect(answers[1].1.contains("Consumer price index"))
            for name in [HTTPField.Name.eTag, .contentType, .contentLength, .cacheControl, .vary, .contentLanguage, .server] {
                #expect(answers[0].0[name] != nil && answers[0].0[name] == answers[1].0[name], "\(name)")
            }
            #expect(answers[1].0[.date] != nil)
            #expect(answers.allSatisfy { $0.0[HTTPField.Name("X-Lodestat-Route")!] == nil }, "the route tag never leaves")
            #expect(try await Self.hits(client) == 1)
            let route = try await client.execute(uri: "/metrics", method: .get) { $0.text }
            #expect(route.split(separator: "\n").contains {
                $0.hasPrefix(#"lodestat_http_requests_total{method="GET",route="/api/dataflows/"#) && $0.hasSuffix(#"status="200"} 2"#)
            }, "a cached answer counts under its route")

            #expect(try await Self.metric("lodestat_response_cache_entries", client) == 1)

            labels.english.withLock { $0 = "CPI, reloaded" }
            guard case .reloaded = await reloader.reload(logger: Logger(label: "test")) else {
                Issue.record("reload failed")
                return
            }
            #expect(try await Self.metric("lodestat_response_cache_entries", client) == 0, "a reload empties the cache")
            try await client.execute(uri: uri, method: .get) { r in #expect(r.text.contains("CPI, reloaded")) }
            #expect(try await Self.hits(client) == 1, "the first request after a reload reaches the router")
            try await client.execute(uri: uri, method: .get) { r in #expect(r.text.contains("CPI, reloaded")) }
            #expect(try await Self.hits(client) == 2)
        }
    }

    @Test func noEntriesMeansNoCache() async throws {
        var configuration = ServerConfiguration(port: 0)
        configuration.responseCacheEntries = 0
        let app = buildApplication(configuration: configuration, state: try CatalogState(dataset: TestCatalog.tiny()),
                                   logger: Logger(label: "response-cache-test"))
        try await app.test(.live) { client in
            for _ in 0..<3 {
                try await client.execute(uri: "/api/dataflows/DF_CPI", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.headers[HTTPField.Name("X-Lodestat-Route")!] == nil)
                }
            }
            #expect((try await Self.hits(client) ?? 0) == 0)
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        try await ConnectionLimitsTests.withServer({ _ in }) { port in
            let text = try await ConnectionLimitsTests.blocking {
                // A generous read timeout: on a loaded machine (the whole suite runs in parallel) the first
                // answer once took longer than the default 15 s, came late and was counted as a fourth.
                let connection = try RawConnection(port: port, readTimeout: 90)
                // The dataflow's answer is cached first; then three requests in one packet: one for the
                // router, the cached one, and one that closes the connection.
                connection.send("GET /api/dataflows/DF_CPI HTTP/1.1\r\nHost: localhost\r\n\r\n")
                _ = connection.readResponse()
                connection.send("GET /api/organisations/insee HTTP/1.1\r\nHost: localhost\r\n\r\n"
                                + "GET /api/dataflows/DF_CPI HTTP/1.1\r\nHost: localhost\r\n\r\n"
                                + "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                return connection.readUntilClosed().text
            }
            let answers = text.components(separatedBy: "HTTP/1.1 ").filter { !$0.isEmpty }
            #expect(answers.count == 3, "got: \(text.prefix(200))")
            guard answers.count == 3 else { return }
            #expect(answers[0].hasPrefix("200") && answers[0].contains(#""id":"insee""#))
            #expect(answers[1].hasPrefix("200") && answers[1].contains(#""id":"DF_CPI""#))
            #expect(answers[2].hasPrefix("200") && answers[2].contains(#""status""#))
        }
    }
}
