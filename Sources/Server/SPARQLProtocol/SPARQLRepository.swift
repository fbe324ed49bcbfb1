import SPARQL

/// What the SPARQL endpoint needs: a dataset to run queries on.
public protocol SPARQLRepository: Sendable {
    /// Triples in the default graph and the named graphs' IRIs, for the service description.
    func datasetSummary() -> (triples: Int, namedGraphs: [String])
    /// Runs `query`, whose source is `text`, on the catalog in service (blocking: `QueryRunner` keeps
    /// long runs off the event loop). The embedded store plans it once per text; a repository over a
    /// remote engine sends the text on.
    func execute(_ query: SPARQLQuery, text: String, options: QueryOptions) throws -> QueryResult
    /// True when `execute` only computes in memory (never waits on I/O), so a query may be tried
    /// on the caller's thread under a short budget (`QueryRunner`); false by default.
    var computesInMemory: Bool { get }
}

extension SPARQLRepository {
    public var computesInMemory: Bool { false }
}
