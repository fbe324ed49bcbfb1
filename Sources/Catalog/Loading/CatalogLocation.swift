import Foundation

/// Where the catalog and the ontologies are read from.
///
/// The embedded catalog is the repository's own `Catalog/` and `Ontologies/`, found from this
/// source file's compile-time path (`#filePath`): `Sources/Catalog/Loading/` → package root.
/// So `swift run lodestat …` from the repository finds them without options. Overrides, in order:
/// an explicit directory (`--catalog`, `--ontologies`), then the environment (`LODESTAT_CATALOG`,
/// `LODESTAT_ONTOLOGIES`), then the embedded folders. A binary copied to a machine without the
/// sources finds no embedded catalog and says so (pass `--catalog`).
public struct CatalogLocation: Sendable, Equatable {
    public var catalog: String
    public var ontologies: String
    /// A shapes folder replacing `ontologies/shapes` (for `validate --shapes`), or nil.
    public var shapes: String?

    public init(catalog: String, ontologies: String, shapes: String? = nil) {
        self.catalog = catalog
        self.ontologies = ontologies
        self.shapes = shapes
    }

    /// The package root this module was compiled from (nil when the sources are gone).
    public static func packageRoot(filePath: String = #filePath) -> String? {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
            url.deleteLastPathComponent()
        }
        return nil
    }

    /// Resolves the location from explicit options, the environment, then the embedded catalog.
    public static func resolve(catalog: String? = nil, ontologies: String? = nil, shapes: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> CatalogLocation {
        let root = packageRoot()
        let cat = catalog ?? environment["LODESTAT_CATALOG"] ?? root.map { $0 + "/Catalog" }
        let ont = ontologies ?? environment["LODESTAT_ONTOLOGIES"] ?? root.map { $0 + "/Ontologies" }
        guard let cat, let ont else {
            throw CatalogError.catalogNotFound(
                "no catalog found: the sources this binary was built from are gone; pass --catalog DIR and --ontologies DIR (or set LODESTAT_CATALOG)")
        }
        for dir in [cat, ont] + (shapes.map { [$0] } ?? []) where !isDirectory(dir) {
            throw CatalogError.missingDirectory(dir)
        }
        return CatalogLocation(catalog: cat, ontologies: ont, shapes: shapes)
    }

    /// The embedded catalog (the repository's folders).
    public static func embedded() throws -> CatalogLocation { try resolve(environment: [:]) }

    static func isDirectory(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }
}
