import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// The pages of the web front end, in process: assets and their caching, the security policy,
/// resource pages, the classification browser, the search facets and the SPARQL page.
@Suite("Web pages")
struct WebPagesTests {
    @Test func assetsAreServedWithValidatorsAndCaching() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            var etag = ""
            try await client.execute(uri: "/assets/lodestat.css", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/css; charset=utf-8")
                #expect(r.headers[.cacheControl] == "public, max-age=86400")
                etag = r.headers[.eTag] ?? ""
                #expect(r.text.contains("@media (max-width:40rem)"))
            }
            try await client.execute(uri: "/assets/lodestat.css", method: .get, headers: [.ifNoneMatch: etag]) { r in
                #expect(r.status == .notModified)
            }
            for name in ["tree.js", "sparql.js"] {
                try await client.execute(uri: "/assets/" + name, method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.headers[.contentType] == "text/javascript; charset=utf-8")
                    #expect(!r.text.contains("http://") && !r.text.contains("https://"), "\(name) names another host")
                }
            }
            try await client.execute(uri: "/assets/missing.js", method: .get) { r in #expect(r.status == .notFound) }
        }
    }

    @Test(arguments: ["/?lang=en", "/classifications/nace-r2?lang=fr", "/classifications/nace-r2/items/62.01?lang=en",
                      "/search?q=emploi", "/query", "/id/dataflow/DF_CPI?lang=fr", "/browse/event"])
    func pagesForbidInlineCodeAndOtherHosts(_ path: String) async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: path, method: .get, headers: [.accept: "text/html"]) { r in
                #expect(r.status == .ok, "\(path)")
                let csp = r.headers[HTTPField.Name("Content-Security-Policy")!] ?? ""
                #expect(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), "\(path): \(csp)")
                #expect(!r.text.contains("<script>") && !r.text.contains(" style=\"") && !r.text.contains("<style"), "\(path)")
                #expect(r.text.contains("<meta name=\"viewport\""))
                #expect(r.text.contains("href=\"/assets/lodestat.css\""))
            }
        }
    }

    @Test func resourcePageShowsDescriptionPanelGroupsAndSPARQLLinks() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/id/series/DF_CPI.M.FR.00?lang=en", method: .get, headers: [.accept: "text/html"]) { r in
                #expect(r.text.contains("<section class=\"panel\""))
                #expect(r.text.contains("<dt>Dataflow</dt><dd><a href=\"/id/dataflow/DF_CPI?lang=en\">Consumer price index</a>"))
                #expect(r.text.contains("<dt>Frequency</dt>"))
                #expect(r.text.contains("scope=\"rowgroup\">Dublin Core</th>"))
                #expect(r.text.contains("href=\"/query?lang=en&amp;query=DESCRIBE%20%3Chttp%3A%2F%2Flocalhost%3A8080%2Fid%2Fseries%2FDF_CPI.M.FR.00%3E\""))
                #expect(r.text.contains("?format=jsonld\">JSON-LD</a>"))
            }
            try await client.execute(uri: "/id/dataflow/DF_CPI?lang=fr", method: .get, headers: [.accept: "text/html"]) { r in
                #expect(r.text.contains("<p class=\"lead\">Indice mensuel des prix à la consommation"))
                #expect(r.text.contains("<h2 id=\"incoming\">Liens entrants"))
            }
            try await client.execute(uri: "/id/dataflow/DF_CPI?lang=en", method: .get, headers: [.accept: "text/html"]) { r in
                // Texts in the other language are folded away under the page's.
                #expect(r.text.contains("<td>Consumer price index <small>@en</small><details><summary>Other languages (1)</summary>"
                                        + "<span lang=\"fr\">Indice des prix à la consommation</span>"))
            }
        }
    }

    @Test func incomingLinksArePaged() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            var first = ""
            try await client.execute(uri: "/id/classification/nace-r2?lang=en", method: .get, headers: [.accept: "text/html"]) { r in
                first = r.text
                #expect(r.text.contains("Page 1 / "))
                #expect(r.text.contains("inPage=2#incoming"))
            }
            try await client.execute(uri: "/id/classification/nace-r2?lang=en&inPage=2", method: .get, headers: [.accept: "text/html"]) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("Page 2 / "))
                #expect(r.text != first)
            }
            try await client.execute(uri: "/id/classification/nace-r2?inPage=0", method: .get, headers: [.accept: "text/html"]) { r in
                #expect(r.status == .badRequest)
            }
        }
    }

    @Test func fallbackLanguageIsMarked() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            // Items of the French regions have French labels only.
            try await client.execute(uri: "/classifications/fr-regions-2016?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("class=\"fallback\""))
                #expect(r.text.contains("<span lang=\"fr\">"))
            }
        }
    }

    @Test func classificationTreeRendersTheFirstLevelAndFollowsTheDate() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/classifications/nace-r2?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("data-scheme=\"nace-r2\""))
                #expect(r.text.contains("<li data-code=\"A\"><button type=\"button\" class=\"toggle\" aria-expanded=\"false\""))
                #expect(r.text.contains("href=\"/classifications/nace-r2/items/A?lang=en\""))
                #expect(r.text.contains("<input type=\"date\" id=\"tree-date\" name=\"date\""))
                #expect(r.text.contains("<script src=\"/assets/tree.js\" defer></script>"))
            }
            try await client.execute(uri: "/classifications/nace-r2?lang=en&date=2025-06-01", method: .get) { r in
                #expect(r.text.contains("data-scheme=\"nace-r2-1\" data-date=\"2025-06-01\""))
                #expect(r.text.contains("value=\"2025-06-01\""))
            }
            try await client.execute(uri: "/classifications/nace-r2-1?date=2010-01-01", method: .get) { r in
                #expect(r.text.contains("data-scheme=\"nace-r2\""))
            }
            try await client.execute(uri: "/classifications/nace-r2?date=1990-01-01", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("class=\"error\" role=\"alert\""))
            }
            try await client.execute(uri: "/classifications/nace-r2?date=2025-13-01", method: .get) { r in
                #expect(r.status == .badRequest)
            }
            try await client.execute(uri: "/classifications/unicorn", method: .get) { r in #expect(r.status == .notFound) }
        }
    }

    @Test func classificationItemShowsBreadcrumbsNotesAndCorrespondences() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/classifications/nace-r2/items/62.01?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("<nav class=\"crumbs\""))
                #expect(r.text.contains("href=\"/classifications/nace-r2/items/J?lang=en\""))
                #expect(r.text.contains("<dl class=\"notes\">"))
                #expect(r.text.contains("<ul class=\"successors\">"))
                #expect(r.text.contains("<option value=\"nace-r2-1\""))
            }
            try await client.execute(uri: "/classifications/nace-r2/items/62.01?lang=en&to=nace-r2-1", method: .get) { r in
                #expect(r.text.contains("<ul class=\"projection-result\">"))
                #expect(r.text.contains("/classifications/nace-r2-1/items/"))
            }
            try await client.execute(uri: "/classifications/nace-r2/items/62.01?to=unicorn", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("class=\"error\" role=\"alert\""))
            }
            try await client.execute(uri: "/classifications/nace-r2/items/99.99", method: .get) { r in #expect(r.status == .notFound) }
        }
    }

    @Test func searchFacetsNarrowAndMatchesAreMarked() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            var total = 0
            try await client.execute(uri: "/search?q=emploi&lang=fr", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("<mark>"))
                #expect(r.text.contains("data-facet=\"kind\""))
                total = Self.hitCount(r.text)
                #expect(total > 0)
            }
            try await client.execute(uri: "/search?q=emploi&lang=fr&kind=concept", method: .get) { r in
                let narrowed = Self.hitCount(r.text)
                #expect(narrowed > 0 && narrowed < total)
                #expect(r.text.contains("aria-current=\"true\">Concepts</a>"))
                #expect(!r.text.contains("<span class=\"kind\">Flux de données</span>"))
            }
            try await client.execute(uri: "/search?q=emploi&kind=unicorn", method: .get) { r in #expect(r.status == .badRequest) }
            try await client.execute(uri: "/search?q=a&page=2&lang=en", method: .get) { r in
                #expect(r.text.contains("Page 2 / "))
                #expect(r.text.contains("<ol class=\"hits\" start=\"21\">"))
            }
        }
    }

    static func hitCount(_ html: String) -> Int {
        guard let range = html.range(of: "<p id=\"hit-count\" class=\"status\">") else { return -1 }
        return Int(html[range.upperBound...].prefix { $0.isNumber }) ?? -1
    }

    @Test func sparqlPageIsPrefilledAndEscapesTheGivenQuery() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/query?lang=fr", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("PREFIX skos: &lt;http://www.w3.org/2004/02/skos/core#&gt;"))
                #expect(r.text.contains("data-example="))
                #expect(r.text.contains("<label for=\"query\">Requête</label>"))
                #expect(r.text.contains("<script src=\"/assets/sparql.js\" defer></script>"))
            }
            // A browser opening the endpoint is sent to the editor; other clients still get the service description.
            try await client.execute(uri: "/sparql", method: .get,
                                     headers: [.accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"]) { r in
                #expect(r.status == .seeOther)
                #expect(r.headers[.location] == "/query?lang=en")
            }
            for accept in ["*/*", "text/turtle"] {
                try await client.execute(uri: "/sparql", method: .get, headers: [.accept: accept]) { r in
                    #expect(r.status == .ok)
                    #expect(r.headers[.contentType]?.hasPrefix("text/turtle") == true)
                }
            }
            try await client.execute(uri: "/query?query=%3C%2Ftextarea%3E%3Cb%3E", method: .get) { r in
                #expect(r.text.contains("&lt;/textarea&gt;&lt;b&gt;</textarea>"))
            }
        }
    }

    @Test func sdmxStructuresArePagesWithTheirFormats() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/structures?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("href=\"/structures/datastructure/INSEE/DSD_CPI/1.0?lang=en\""))
                #expect(r.text.contains("href=\"/sdmx/v1/codelist/SDMX/CL_FREQ/1.0\">SDMX-ML 2.1</a>"))
            }
            try await client.execute(uri: "/structures/datastructure/INSEE/DSD_CPI/1.0?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("<table class=\"dimensions\">"))
                #expect(r.text.contains("href=\"/structures/codelist/SDMX/CL_FREQ/1.0?lang=en\">SDMX:CL_FREQ(1.0)</a>"))
                #expect(r.text.contains("#code-FREQ"))
                #expect(r.text.contains("<table class=\"measures\">"))
                #expect(r.text.contains("/sdmx/v2/structure/datastructure/INSEE/DSD_CPI/1.0?format=sdmx-json&amp;formatVersion=2.0.0"))
            }
            try await client.execute(uri: "/structures/codelist/SDMX/CL_FREQ/1.0?lang=fr", method: .get) { r in
                #expect(r.text.contains("<tr id=\"code-M\"><td><code>M</code></td>"))
            }
            try await client.execute(uri: "/structures/codelist/SDMX/CL_UNICORN/1.0", method: .get) { r in #expect(r.status == .notFound) }
            try await client.execute(uri: "/structures/hierarchy/SDMX/CL_FREQ/1.0", method: .get) { r in #expect(r.status == .notFound) }
            // The SDMX links answer.
            try await client.execute(uri: "/sdmx/v2/structure/codelist/SDMX/CL_FREQ/1.0?format=sdmx-json&formatVersion=2.0.0", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.contains("json") == true)
            }
        }
    }
}
