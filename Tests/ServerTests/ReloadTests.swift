import Catalog
import Hummingbird
import HummingbirdTesting
import RDFFormats
import Server
import Synchronization
import Testing

@Suite("Reload: atomic swap, broken catalogs keep the old one, admin route")
struct ReloadTests {
    static let bigger = TestCatalog.turtle + "\n<http://localhost:8080/id/project/new> a <https://lodestat.example.org/def/Project> .\n"

    final class Source: Sendable {
        let broken = Atomic<Bool>(false)
        func load() throws -> CatalogDataset {
            try TestCatalog.tiny(broken.load(ordering: .relaxed) ? "<http://a> <http://b> ." + " oops" : ReloadTests.bigger)
        }
    }

    func app(token: String?) throws -> (some ApplicationProtocol, Source) {
        let source = Source()
        let state = try CatalogState(dataset: TestCatalog.tiny())
        let reloader = CatalogReloader(state: state) { try source.load() }
        return (try TestCatalog.application(ServerConfiguration(adminToken: token), state: state, reloader: reloader), source)
    }

    @Test func adminRouteNeedsAToken() async throws {
        try await app(token: nil).0.test(.router) { client in
            try await client.execute(uri: "/admin/reload", method: .post) { r in #expect(r.status == .notFound) }
        }
        try await app(token: "s3cret").0.test(.router) { client in
            try await client.execute(uri: "/admin/reload", method: .post) { r in
                #expect(r.status == .unauthorized)
                #expect(r.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
            try await client.execute(uri: "/admin/reload", method: .post, headers: [.authorization: "Bearer wrong"]) { r in
                #expect(r.status == .unauthorized)
            }
        }
    }

    @Test func reloadSwapsAndBrokenCatalogKeepsTheOld() async throws {
        let (app, source) = try app(token: "s3cret")
        try await app.test(.router) { client in
            let auth: HTTPFields = [.authorization: "Bearer s3cret"]
            try await client.execute(uri: "/admin/reload", method: .post, headers: auth) { r in
                #expect(r.status == .ok)
                let json = try JSONParser().parse(r.text)
                #expect(json["generation"] == .int(2))
                #expect(json["triples"] == .int(13))
            }
            source.broken.store(true, ordering: .relaxed)
            try await client.execute(uri: "/admin/reload", method: .post, headers: auth) { r in
                #expect(r.status == .internalServerError)
                #expect(r.text.contains("reload-failed"))
            }
            try await client.execute(uri: "/health", method: .get) { r in
                let json = try JSONParser().parse(r.text)
                #expect(json["generation"] == .int(2))
                #expect(json["triples"] == .int(13))
            }
        }
    }

    @Test func noRequestFailsDuringReloads() async throws {
        let (app, _) = try app(token: "s3cret")
        try await app.test(.router) { client in
            try await withThrowingTaskGroup(of: [Int].self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        var statuses: [Int] = []
                        for _ in 0..<50 {
                            for uri in ["/health", "/id/dataflow/DF_CPI", "/api/search?q=prix"] {
                                let s = try await client.execute(uri: uri, method: .get) { $0.status.code }
                                statuses.append(s)
                            }
                        }
                        return statuses
                    }
                }
                group.addTask {
                    var statuses: [Int] = []
                    for _ in 0..<20 {
                        let s = try await client.execute(uri: "/admin/reload", method: .post,
                                                         headers: [.authorization: "Bearer s3cret"]) { $0.status.code }
                        statuses.append(s == 409 ? 200 : s)
                    }
                    return statuses
                }
                var all: [Int] = []
                for try await s in group { all += s }
                #expect(all.count == 4 * 150 + 20)
                #expect(all.allSatisfy { $0 == 200 }, "statuses: \(Set(all))")
            }
        }
    }
}
