import Foundation
import Hummingbird
import HummingbirdTesting
import RDFFormats
import Server
import Testing

@Suite("OpenAPI document true to the routes")
struct OpenAPITests {
    /// Sample values for path parameters, by path prefix.
    static func sample(_ path: String) -> String {
        var p = path.replacingOccurrences(of: "{kind}", with: "series")
        for (name, value) in [("{code}", "A"), ("{source}", "nace-r2"), ("{target}", "nace-r2-1")] {
            p = p.replacingOccurrences(of: name, with: value)
        }
        let ids: [(String, String)] = [
            ("/api/series/", "DF_CPI.M.FR.00"), ("/api/dataflows/", "DF_CPI"), ("/api/classifications/", "nace-r2"),
            ("/api/concepts/", "CPI"), ("/api/events/", "forum-emploi-maths-2024"), ("/api/organisations/", "insee"),
            ("/id/", "dataflow/DF_CPI"), ("/api/export/classifications/", "nace-r2"),
            ("/api/export/correspondences/", "nace-r2-nace-r2-1"), ("/classifications/", "nace-r2"),
            ("/quality-reports/", "cpi"),
        ]
        if p.hasPrefix("/structures/") {  // the SDMX structure pages
            for (name, value) in [("{type}", "datastructure"), ("{agency}", "INSEE"), ("{id}", "DSD_CPI"), ("{version}", "1.0")] {
                p = p.replacingOccurrences(of: name, with: value)
            }
        }
        p = p.replacingOccurrences(of: "/assets/{name}", with: "/assets/lodestat.css")
        if p.hasPrefix("/sdmx/v2/metadata/") {
            let resource = p.contains("/metadataflow/") ? "MDF_MSD_SIMS" : "DF_CPI"
            for (name, value) in [("{providerID}", "INSEE"), ("{metadatasetID}", "cpi"), ("{agencyID}", "INSEE"),
                                  ("{resourceID}", resource), ("{version}", "~")] {
                p = p.replacingOccurrences(of: name, with: value)
            }
        }
        if p.hasPrefix("/sdmx/") {
            let version = p.hasPrefix("/sdmx/v1/") ? "latest" : "~"
            for (name, value) in [("{resource}", "codelist"), ("{artefactType}", "codelist"), ("{agencyID}", "SDMX"),
                                  ("{resourceID}", "CL_FREQ"), ("{version}", version), ("{itemID}", "A")] {
                p = p.replacingOccurrences(of: name, with: value)
            }
        }
        for (prefix, id) in ids where p.hasPrefix(prefix) {
            p = p.replacingOccurrences(of: "{id}", with: id).replacingOccurrences(of: "{path}", with: id)
        }
        return p
    }

    func document() async throws -> JSONValue {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { r in
                #expect(r.status == .ok)
                return try JSONParser().parse(r.text)
            }
        }
    }

    @Test func isOpenAPI31WithTheExpectedRoutes() async throws {
        let doc = try await document()
        #expect(doc["openapi"] == "3.1.0")
        let paths = doc["paths"]?.objectValue
        for p in ["/health", "/metrics", "/sparql", "/id/{path}", "/context.jsonld", "/openapi.json", "/api/search",
                  "/api/series", "/api/series/{id}", "/api/classifications/{id}/items", "/api/export/series",
                  "/sdmx/v1/{resource}", "/sdmx/v1/{resource}/{agencyID}/{resourceID}/{version}/{itemID}",
                  "/sdmx/v2/structure", "/sdmx/v2/structure/{artefactType}/{agencyID}/{resourceID}/{version}"] {
            #expect(paths?[p] != nil, "\(p) is missing from the OpenAPI document")
        }
        #expect(paths?["/sparql"]?["post"] != nil)
    }

    @Test func everyDocumentedOperationIsServed() async throws {
        let doc = try await document()
        let paths = try #require(doc["paths"]?.objectValue)
        var operations: [(String, String)] = []
        for (path, item) in paths {
            for (method, _) in item.objectValue ?? JSONObject() { operations.append((method, path)) }
        }
        #expect(operations.count > 20)
        let ops = operations
        try await TestCatalog.catalogApplication().test(.router) { client in
            // The catch-all `/{path}` answers IRIs outside {base}id/, which the embedded catalog has none
            // of: ModelCatalogRoutesTests dereferences them over an office's catalog.
            for (method, path) in ops where path != "/admin/reload" && path != "/{path}" {
                var uri = Self.sample(path)
                if uri.contains("{id}"), let plural = uri.split(separator: "/").dropFirst().first {
                    let first = try await client.execute(uri: "/api/\(plural)?limit=1", method: .get) { r in
                        try JSONParser().parse(r.text)["items"]?.arrayValue?.first?["id"]?.stringValue
                    }
                    uri = uri.replacingOccurrences(of: "{id}", with: first ?? "")
                }
                if path == "/api/search" { uri += "?q=prix" }
                if path.hasSuffix("/projection") { uri += "?to=nace-r2-1" }
                let m = HTTPRequest.Method(method.uppercased()) ?? .get
                let headers: HTTPFields = m == .post ? [.contentType: "application/sparql-query"] : [:]
                let body = m == .post ? ByteBuffer(string: "ASK {}") : nil
                try await client.execute(uri: uri, method: m, headers: headers, body: body) { r in
                    #expect(r.status.code < 300, "\(method) \(uri) answered \(r.status.code)")
                }
            }
        }
    }

    @Test func undocumentedPathsAreNotServed() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            for uri in ["/apis", "/api/unknown", "/sparql/extra", "/health/x"] {
                try await client.execute(uri: uri, method: .get) { r in #expect(r.status == .notFound) }
            }
        }
    }
}
