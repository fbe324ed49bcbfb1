import Hummingbird
import HummingbirdTesting
import RDFFormats
import Server
import Testing

@Suite("Skeleton: health, metrics, problems, methods, limits, CORS, caching")
struct SkeletonTests {
    @Test func healthReportsTheCatalogSize() async throws {
        try await TestCatalog.application().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json")
                let json = try JSONParser().parse(r.text)
                #expect(json["status"] == "ok")
                #expect(json["triples"] == .int(12))
                #expect(json["generation"] == .int(1))
            }
        }
    }

    @Test func headAnswersWithoutBody() async throws {
        try await TestCatalog.application().test(.router) { client in
            try await client.execute(uri: "/health", method: .head) { r in
                #expect(r.status == .ok)
                #expect(r.body.readableBytes == 0)
                #expect(r.headers[.eTag] != nil)
            }
        }
    }

    @Test func metricsCountRequestsAndStoreSize() async throws {
        try await TestCatalog.application().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { _ in }
            try await client.execute(uri: "/nowhere", method: .get) { _ in }
            try await client.execute(uri: "/metrics", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                #expect(r.text.contains(#"lodestat_http_requests_total{method="GET",route="/health",status="200"} 1"#))
                #expect(r.text.contains(#"status="404""#))
                #expect(r.text.contains("lodestat_http_request_duration_seconds_bucket"))
                #expect(r.text.contains("lodestat_store_triples 12"))
            }
        }
    }

    @Test func unknownRouteIsA404Problem() async throws {
        try await TestCatalog.application().test(.router) { client in
            try await client.execute(uri: "/no/such/thing", method: .get) { r in
                #expect(r.status == .notFound)
                #expect(r.headers[.contentType] == "application/problem+json")
                let json = try JSONParser().parse(r.text)
                #expect(json["status"] == .int(404))
                #expect(json["title"] == "Not Found")
                #expect(json["type"]?.stringValue?.hasSuffix("/problems/not-found") == true)
                #expect(json["detail"]?.stringValue?.contains("/no/such/thing") == true)
            }
        }
    }

    @Test func wrongMethodIsA405WithAllow() async throws {
        try await TestCatalog.application().test(.router) { client in
            try await client.execute(uri: "/health", method: .delete) { r in
                #expect(r.status == .methodNotAllowed)
                #expect(r.headers[.allow] == "GET, HEAD")
                #expect(r.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func oversizedBodyIsA413() async throws {
        let config = ServerConfiguration(maxBodyBytes: 16)
        try await TestCatalog.application(config).test(.router) { client in
            let body = ByteBuffer(string: String(repeating: "x", count: 100))
            try await client.execute(uri: "/health", method: .post, headers: [.contentLength: "100"], body: body) { r in
                #expect(r.status == .contentTooLarge)
                let json = try JSONParser().parse(r.text)
                #expect(json["limit"] == .int(16))
            }
        }
    }

    @Test func corsAllowsConfiguredOriginsOnly() async throws {
        let config = ServerConfiguration(corsOrigins: ["https://portal.example.org"])
        try await TestCatalog.application(config).test(.router) { client in
            try await client.execute(uri: "/health", method: .get, headers: [.origin: "https://portal.example.org"]) { r in
                #expect(r.headers[.accessControlAllowOrigin] == "https://portal.example.org")
                #expect(r.headers[values: .vary].contains("Origin"))
            }
            try await client.execute(uri: "/health", method: .get, headers: [.origin: "https://evil.example"]) { r in
                #expect(r.headers[.accessControlAllowOrigin] == nil)
            }
            try await client.execute(uri: "/health", method: .options,
                                     headers: [.origin: "https://portal.example.org", .accessControlRequestMethod: "GET"]) { r in
                #expect(r.status == .noContent)
                #expect(r.headers[.accessControlAllowMethods]?.contains("GET") == true)
            }
        }
    }

    @Test func corsWildcardByDefault() async throws {
        try await TestCatalog.application().test(.router) { client in
            try await client.execute(uri: "/health", method: .get, headers: [.origin: "https://any.example"]) { r in
                #expect(r.headers[.accessControlAllowOrigin] == "*")
            }
        }
    }

    @Test func etagAndIfNoneMatchGive304() async throws {
        try await TestCatalog.application().test(.router) { client in
            let etag = try await client.execute(uri: "/health", method: .get) { r -> String? in
                #expect(r.headers[.cacheControl] != nil)
                return r.headers[.eTag]
            }
            let tag = try #require(etag)
            try await client.execute(uri: "/health", method: .get, headers: [.ifNoneMatch: tag]) { r in
                #expect(r.status == .notModified)
                #expect(r.body.readableBytes == 0)
            }
            try await client.execute(uri: "/health", method: .get, headers: [.ifNoneMatch: "\"other\""]) { r in
                #expect(r.status == .ok)
            }
        }
    }

    @Test func ifNoneMatchComparison() {
        #expect(Representation.matches(ifNoneMatch: "\"a\", W/\"b\"", etag: "\"b\""))
        #expect(Representation.matches(ifNoneMatch: "*", etag: "\"b\""))
        #expect(!Representation.matches(ifNoneMatch: "\"a\"", etag: "\"b\""))
    }
}
