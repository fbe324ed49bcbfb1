import Hummingbird
import HummingbirdTesting
import Server
import Testing

@Suite("Server-rendered HTML")
struct HTMLTests {
    @Test func landingPageSearchesAndBrowses() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/?lang=fr", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/html; charset=utf-8")
                #expect(r.text.contains("<html lang=\"fr\">"))
                #expect(r.text.contains("action=\"/search\""))
                #expect(r.text.contains("href=\"/browse/series?lang=fr\""))
                #expect(r.text.contains("Nomenclatures"))
                #expect(!r.text.contains("<script"))
            }
        }
    }

    @Test func browseLinksToResourcePages() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/browse/dataflow?lang=en", method: .get) { r in
                #expect(r.text.contains("href=\"/id/dataflow/DF_CPI?lang=en\">Consumer price index</a>"))
            }
            try await client.execute(uri: "/browse/unicorn", method: .get) { r in #expect(r.status == .notFound) }
        }
    }

    @Test func searchPageEscapesTheQuery() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", method: .get) { r in
                #expect(r.status == .ok)
                #expect(!r.text.contains("<script>alert"))
                #expect(r.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            }
            try await client.execute(uri: "/search?q=prix&lang=fr", method: .get) { r in
                #expect(r.text.contains("Indice des <mark>prix</mark> à la consommation"))
            }
        }
    }
}
