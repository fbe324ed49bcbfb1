import Catalog
import Foundation
import RDF
import Store

/// Shared helpers: the shipped catalog (loaded once) and temporary catalogs written by tests.
enum Fixtures {
    /// The shipped catalog, loaded once for every test that reads it; a failed load fails each
    /// of those tests with the reason (`try Fixtures.shipped()`).
    private static let shippedLoad = Result { try CatalogLoader(location: CatalogLocation.embedded()).load() }
    static func shipped() throws -> CatalogDataset { try shippedLoad.get() }

    private static let shippedViews = Result { CatalogViews(try shipped()) }
    static func views() throws -> CatalogViews { try shippedViews.get() }

    /// A fresh temporary folder with the given files (relative path → content).
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("lodestat-catalog-\(UUID().uuidString)").path
        for (name, content) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try content.write(toFile: path, atomically: true, encoding: .utf8)
        }
        if files.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        return dir
    }

    static let prefixes = """
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix ex: <http://example.org/> .
        @prefix id: <http://localhost:8080/id/> .

        """
}
