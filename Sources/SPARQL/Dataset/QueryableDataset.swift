import RDF

/// Which graphs a quad pattern is matched in.
public enum GraphSelector: Hashable, Sendable {
    case defaultGraph
    case named(TermID)
    case anyNamed
}

/// A quad pattern over term ids: nil positions are wildcards.
public struct QuadPattern: Hashable, Sendable {
    public var subject: TermID?
    public var predicate: TermID?
    public var object: TermID?
    public var graph: GraphSelector

    public init(subject: TermID? = nil, predicate: TermID? = nil, object: TermID? = nil, graph: GraphSelector = .defaultGraph) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

/// A matched quad as ids; `graph` is 0 for the default graph.
public struct IDQuad: Hashable, Sendable {
    public var subject: TermID
    public var predicate: TermID
    public var object: TermID
    public var graph: TermID

    public init(_ subject: TermID, _ predicate: TermID, _ object: TermID, graph: TermID = 0) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

/// What the SPARQL evaluator needs from a store: dictionary-encoded quads it can match.
/// The store implements it; the evaluator never sees the store itself.
public protocol QueryableDataset {
    /// The id of `term` when the dataset knows it.
    func id(for term: Term) -> TermID?
    /// The term an id of this dataset stands for.
    func term(for id: TermID) -> Term
    /// Calls `body` with each quad matching `pattern`. When `body` throws, matching stops and the
    /// error is rethrown (the evaluator throws to stop early and to enforce deadlines).
    func match(_ pattern: QuadPattern, _ body: (IDQuad) throws -> Void) throws
    /// The names of the non-empty named graphs.
    var namedGraphs: [TermID] { get }
    /// An estimate of how many quads match `pattern` (used to order joins).
    func estimatedCardinality(_ pattern: QuadPattern) -> Int
}
