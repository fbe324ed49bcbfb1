import Foundation

/// A sequence of properties from a resource to a field's values (most often one property).
public typealias PropertyPath = [String]

/// Which classes make each resource kind, and which properties fill each field of its view: read
/// from a mapping file (`MappingReader`), the project's own model being the default one
/// (`Ontologies/mappings/lodestat.ttl`). Views read through it instead of naming properties.
public struct VocabularyMapping: Sendable {
    /// What the mapping says of one kind.
    public struct KindMapping: Sendable, Equatable {
        /// The classes whose instances are of the kind (subclasses are not inferred).
        public var classes: [String] = []
        /// Field name → the property paths that fill it, in the order the mapping gives them; a
        /// path is one property, or a sequence of them (`map:path`).
        public var fields: [String: [PropertyPath]] = [:]
        /// A regular expression over the IRI's path after the base whose first capture group is
        /// the resource's id (for IRIs outside `{base}id/`); nil: only `{base}id/` IRIs have ids.
        public var idPattern: String?

        public init(classes: [String] = [], fields: [String: [PropertyPath]] = [:], idPattern: String? = nil) {
            self.classes = classes
            self.fields = fields
            self.idPattern = idPattern
        }
    }

    /// The mapping of each kind the file names (a kind it does not name has no members).
    public var kinds: [ResourceKind: KindMapping]
    /// Where the mapping was read from ("" when built in code).
    public var source: String
    /// The line each mapped IRI (class or property) was given on, for messages about them.
    public var lines: [String: Int]

    public init(kinds: [ResourceKind: KindMapping], source: String = "", lines: [String: Int] = [:]) {
        self.kinds = kinds
        self.source = source
        self.lines = lines
    }

    /// The classes of `kind`.
    public func classes(_ kind: ResourceKind) -> [String] { kinds[kind]?.classes ?? [] }

    /// The property paths that fill `field` of `kind`'s view, most preferred first (empty: the field stays empty).
    public func properties(_ kind: ResourceKind, _ field: String) -> [PropertyPath] { kinds[kind]?.fields[field] ?? [] }

    /// The kind whose classes include one of `types`, in `ResourceKind` order; nil when none does.
    public func kind(ofTypes types: Set<String>) -> ResourceKind? {
        ResourceKind.allCases.first { kind in classes(kind).contains { types.contains($0) } }
    }

    /// `place` of `iri` in the mapping file, `FILE:LINE` (or the file alone).
    public func place(of iri: String) -> String {
        lines[iri].map { "\(source):\($0)" } ?? source
    }

    /// The mapping shipped with the sources for the project's own model, read once; nil when the
    /// sources are gone (a binary copied elsewhere must be given `--mapping`).
    public static let packaged: VocabularyMapping? = {
        guard let path = defaultPath(ontologies: nil) else { return nil }
        return try? MappingReader().read(path: path)
    }()

    /// The default mapping file: `{ontologies}/mappings/lodestat.ttl` when present, else the one
    /// next to the sources this module was compiled from; nil when neither exists.
    public static func defaultPath(ontologies: String?) -> String? {
        let candidates = [ontologies, CatalogLocation.packageRoot().map { $0 + "/Ontologies" }]
            .compactMap { $0 }.map { $0 + "/mappings/lodestat.ttl" }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Used where no mapping could be found at all: no kind has members.
    public static let empty = VocabularyMapping(kinds: [:], source: "(no mapping)")
}
