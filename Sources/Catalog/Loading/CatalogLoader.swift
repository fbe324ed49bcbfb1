import Foundation
import RDF
import RDFFormats
import Store

/// Loads `Ontologies/` and `Catalog/` (recursively, every RDF format by file extension) into one
/// snapshot: each file in its own named graph (see `CatalogFile.graphIRI`), the union of all as
/// the default graph. IRIs under `http://localhost:8080/` are rewritten to the configured base.
///
/// All or nothing: the first broken file stops the load with `CatalogError.syntax`
/// (`FILE:LINE:COLUMN: message`) and no snapshot is built, so whatever is in service stays; so does a
/// quality report its metadata structure refuses (`QualityReportCheck`, `FILE:LINE: message`).
public struct CatalogLoader: Sendable {
    public var location: CatalogLocation
    public let rewriter: BaseRewriter
    /// The vocabulary mapping file (`--mapping`); nil: the default, `VocabularyMapping.defaultPath`.
    public var mappingPath: String?

    /// - Parameter base: the base resource IRIs are served under (default `http://localhost:8080/`).
    /// - Parameter mapping: the vocabulary mapping file; nil for the project's own model.
    public init(location: CatalogLocation, base: String = BaseRewriter.defaultBase, mapping: String? = nil) throws {
        self.location = location
        self.rewriter = try BaseRewriter(base: base)
        self.mappingPath = mapping
    }

    /// Reads the mapping file (read again on every load, so a reload sees its changes).
    public func mapping() throws -> VocabularyMapping {
        guard let path = mappingPath ?? VocabularyMapping.defaultPath(ontologies: location.ontologies) else {
            throw CatalogError.catalogNotFound(
                "no vocabulary mapping found: Ontologies/mappings/lodestat.ttl is missing; pass --mapping FILE")
        }
        return try MappingReader().read(path: path)
    }

    /// The files to load, vocabulary first, in a stable order.
    public func files() throws -> [CatalogFile] {
        var files: [CatalogFile] = []
        if let shapes = location.shapes {
            files += try CatalogFile.scan(location.ontologies, root: "ontologies", role: .data,
                                          excluding: ["shapes", Self.mappingsFolder])
            files += try CatalogFile.scan(shapes, root: "shapes", role: .shapes)
        } else {
            files += try CatalogFile.scan(location.ontologies, root: "ontologies", role: .data,
                                          excluding: [Self.mappingsFolder]) {
                $0.hasPrefix("shapes/") ? .shapes : .data
            }
        }
        files += try CatalogFile.scan(location.catalog, root: "catalog", role: .data)
        return files
    }

    /// The folder of `Ontologies/` holding mapping files: they describe the views, not the catalog,
    /// so they are not loaded as data.
    static let mappingsFolder = "mappings"

    /// Loads everything into a new snapshot; fails when an IRI is of two kinds under the mapping.
    public func load(progress: ((CatalogFile, Int) -> Void)? = nil) throws -> CatalogDataset {
        let start = Date()
        let mapping = try mapping()
        let files = try files()
        var builder = StoreBuilder(expectedTerms: 1 << 15)
        var prefixes: [PrefixDeclaration] = []
        var declared = Set<String>()
        for (index, file) in files.enumerated() {
            let graph = Term.iri(file.graphIRI)
            var n = 0
            try Self.parse(file, blankNodePrefix: "f\(index)_", documentBase: rewriter.from) { prefix, namespace in
                if declared.insert(prefix).inserted {
                    prefixes.append(PrefixDeclaration(prefix, rewriter.rewrite(namespace)))
                }
            } quads: { quad in
                var q = rewriter.rewrite(quad)
                if q.graph == nil { q.graph = graph }
                builder.add(q)
                n += 1
            }
            progress?(file, n)
        }
        let snapshot = builder.build(unionDefaultGraph: true)
        let dataset = CatalogDataset(snapshot: snapshot, files: files, prefixes: prefixes, rewriter: rewriter,
                                     loadSeconds: Date().timeIntervalSince(start), mapping: mapping)
        try KindConflicts(dataset).check()
        try QualityReportCheck.check(dataset)
        return dataset
    }

    /// Loads a new snapshot and puts it in service; on failure the store keeps its snapshot.
    @discardableResult
    public func reload(into store: Store) throws -> CatalogDataset {
        let dataset = try load()
        store.swap(dataset.snapshot)
        return dataset
    }

    /// Parses one file, mapping every failure to a `CatalogError` that names the file.
    /// Relative IRIs resolve against the default base (then rewritten like any other IRI).
    static func parse(_ file: CatalogFile, blankNodePrefix: String, documentBase: String,
                      prefixes: (String, String) -> Void, quads: (Quad) throws -> Void) throws {
        do {
            let source = try ByteSource(path: file.path)
            switch file.format {
            case .turtle:
                try TurtleParser(base: documentBase, blankNodePrefix: blankNodePrefix)
                    .parse(source, prefixes: prefixes, quads)
            case .trig:
                try TriGParser(base: documentBase, blankNodePrefix: blankNodePrefix)
                    .parse(source, prefixes: prefixes, quads)
            default:
                try RDFParsing.parse(source, format: file.format, base: documentBase,
                                     blankNodePrefix: blankNodePrefix, quads)
            }
        } catch let error as RDFSyntaxError {
            throw CatalogError.syntax(error.file == nil ? error.withFile(file.path) : error)
        } catch let error as CatalogError {
            throw error
        } catch {
            throw CatalogError.unreadable(file: file.path, reason: String(describing: error))
        }
    }
}
