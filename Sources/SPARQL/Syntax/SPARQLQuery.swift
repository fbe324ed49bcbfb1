import RDF

/// `FROM` and `FROM NAMED` graph IRIs.
public struct DatasetClause: Hashable, Sendable {
    public var defaultGraphs: [String] = []
    public var namedGraphs: [String] = []
    public init(defaultGraphs: [String] = [], namedGraphs: [String] = []) {
        self.defaultGraphs = defaultGraphs
        self.namedGraphs = namedGraphs
    }
}

/// A parsed and validated SPARQL 1.1 query: its form, its algebra and its dataset clause.
public struct SPARQLQuery: Hashable, Sendable {
    public enum Form: Hashable, Sendable {
        /// The projected variables, in order.
        case select([String])
        case ask
        /// The template; blank nodes in it are fresh for each solution.
        case construct([TriplePattern])
        case describe([PatternTerm])
    }

    public var form: Form
    public var algebra: Algebra
    public var dataset: DatasetClause?
    public var baseIRI: String?

    init(form: Form, algebra: Algebra, dataset: DatasetClause?, baseIRI: String?) {
        self.form = form
        self.algebra = algebra
        self.dataset = dataset
        self.baseIRI = baseIRI
    }

    /// Parses `text`, throwing a `SPARQLSyntaxError` (with its position) when it is not a valid query.
    public init(_ text: String, baseIRI: String? = nil) throws {
        var parser = try Parser(text, base: baseIRI)
        self = try parser.parseQuery()
    }
}
