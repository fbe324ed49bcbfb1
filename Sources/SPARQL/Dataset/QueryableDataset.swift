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
    /// The language tag of term `id`: a language-tagged literal's tag, "" for other literals,
    /// nil for IRIs and blank nodes (LANG and language filters evaluated without decoding).
    func languageTag(of id: TermID) -> String?
    /// The lexical form of term `id` when it is a string literal (simple, xsd:string or
    /// language-tagged), nil otherwise (string filters read it without decoding the term).
    func stringLexicalForm(of id: TermID) -> String?
    /// Triples, distinct subjects and distinct objects of predicate `p` in the default graph, when
    /// the dataset keeps them (nil otherwise): the planner divides a pattern's count by them for a
    /// subject or object bound by an earlier pattern.
    func predicateStatistics(_ p: TermID) -> PredicateStatistics?
}

/// How a predicate's triples spread over subjects and objects.
public struct PredicateStatistics: Hashable, Sendable {
    public var triples: Int
    public var distinctSubjects: Int
    public var distinctObjects: Int
    public init(triples: Int, distinctSubjects: Int, distinctObjects: Int) {
        self.triples = triples
        self.distinctSubjects = distinctSubjects
        self.distinctObjects = distinctObjects
    }
}

extension QueryableDataset {
    public func predicateStatistics(_ p: TermID) -> PredicateStatistics? { nil }

    public func languageTag(of id: TermID) -> String? {
        guard case .literal(let l) = term(for: id) else { return nil }
        return l.language ?? ""
    }

    public func stringLexicalForm(of id: TermID) -> String? {
        guard case .literal(let l) = term(for: id), l.language != nil || l.datatype == XSD.string else { return nil }
        return l.lexicalForm
    }
}
