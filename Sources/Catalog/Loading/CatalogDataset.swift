import RDF
import Store

/// A loaded catalog: one immutable snapshot (each file in its own named graph, the union as the
/// default graph) with what the loader learnt on the way: the files, their graphs, the prefixes.
public struct CatalogDataset: Sendable {
    public let snapshot: StoreSnapshot
    public let files: [CatalogFile]
    /// Prefix declarations of the Turtle/TriG files (first declaration of a prefix wins),
    /// namespaces rewritten to the configured base.
    public let prefixes: [PrefixDeclaration]
    /// The rewriting applied while loading (identity when the base is the default).
    public let rewriter: BaseRewriter
    /// Seconds the load took.
    public let loadSeconds: Double
    /// The vocabulary mapping the views read the catalog through.
    public let mapping: VocabularyMapping

    /// `mapping` defaults to the packaged mapping of the project's own model.
    public init(snapshot: StoreSnapshot, files: [CatalogFile], prefixes: [PrefixDeclaration],
                rewriter: BaseRewriter, loadSeconds: Double,
                mapping: VocabularyMapping = VocabularyMapping.packaged ?? .empty) {
        self.snapshot = snapshot
        self.mapping = mapping
        self.files = files
        self.prefixes = prefixes
        self.rewriter = rewriter
        self.loadSeconds = loadSeconds
    }

    /// The base resource IRIs are under (`{base}id/...`).
    public var base: String { rewriter.to }

    /// The ids of the named graphs of files with the given role.
    public func graphs(_ role: CatalogFile.Role) -> Set<TermID> {
        Set(files.filter { $0.role == role }.compactMap { snapshot.id(of: .iri($0.graphIRI)) })
    }

    /// The graph of every data file (catalog and vocabulary, shapes excluded).
    public var dataGraph: GraphView { GraphView(snapshot, graphs: graphs(.data)) }
    /// The graph of every shapes file.
    public var shapesGraph: GraphView { GraphView(snapshot, graphs: graphs(.shapes)) }
    /// The union of every file (the default graph).
    public var unionGraph: GraphView { GraphView(snapshot) }
}
