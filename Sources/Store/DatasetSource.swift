import RDF
import RDFFormats

/// A file to load into a query dataset: into the default graph (parsed against `iri` as base),
/// or into the named graph `iri` (which is also its base). `iri` defaults to the file's `file://` IRI.
public struct DatasetSource: Sendable, Equatable {
    public var path: String
    public var iri: String?
    public var named: Bool

    public init(path: String, iri: String? = nil, named: Bool) {
        self.path = path
        self.iri = iri
        self.named = named
    }

    /// Parses `FILE` or `FILE=IRI`.
    public init(argument: String, named: Bool) {
        if let eq = argument.lastIndex(of: "="), eq != argument.startIndex,
           IRI.isAbsolute(String(argument[argument.index(after: eq)...])) {
            self.init(path: String(argument[..<eq]), iri: String(argument[argument.index(after: eq)...]), named: named)
        } else {
            self.init(path: argument, named: named)
        }
    }

    /// The base IRI (and, for a named graph, its name).
    public var effectiveIRI: String? { iri ?? ByteSource.fileIRI(forPath: path) }
}

extension StoreBuilder {
    /// Loads each source by the format its extension names; throws on the first bad file.
    public mutating func load(_ sources: [DatasetSource]) throws {
        for source in sources {
            guard let format = RDFFormat(fileName: source.path) else {
                throw RDFIOError.unknownFormat(path: source.path)
            }
            let iri = source.effectiveIRI
            try load(try ByteSource(path: source.path), format: format, base: iri,
                     graph: source.named ? iri.map(Term.iri) : nil)
        }
    }
}
