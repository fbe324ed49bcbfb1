import Foundation
import RDF
import RDFFormats
import Store

/// Loads every RDF file under some folders into one snapshot (a simple recursive load, files in
/// sorted path order). Stands in for the `Catalog` module's loader until it lands.
public enum TurtleDirectoryLoader {
    /// Loads the files (by extension: `.ttl`, `.nt`, `.nq`, `.trig`) under each directory.
    public static func snapshot(directories: [String]) throws -> StoreSnapshot {
        var builder = StoreBuilder()
        for dir in directories {
            for path in try files(under: dir) {
                guard let format = RDFFormat.allCases.first(where: { f in f.fileExtensions.contains { path.hasSuffix("." + $0) } }),
                      format != .jsonld, format != .rdfxml else { continue }
                try builder.load(try ByteSource(path: path), format: format,
                                 base: ByteSource.fileIRI(forPath: path))
            }
        }
        return builder.build()
    }

    static func files(under dir: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw SDMXError.mapping("catalog folder not found: \(dir)")
        }
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        for case let rel as String in e { out.append((dir as NSString).appendingPathComponent(rel)) }
        return out.filter { !$0.contains("/.") }.sorted()
    }

    /// The repository's `Catalog/` and `Ontologies/` folders, found by walking up from `file`
    /// (pass `#filePath`) to the folder holding `Package.swift`.
    public static func repositoryCatalogFolders(from file: String) -> [String]? {
        var dir = (file as NSString).deletingLastPathComponent
        while dir != "/" && !dir.isEmpty {
            if FileManager.default.fileExists(atPath: dir + "/Package.swift"),
               FileManager.default.fileExists(atPath: dir + "/Catalog") {
                return [dir + "/Catalog", dir + "/Ontologies"]
            }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return nil
    }
}
