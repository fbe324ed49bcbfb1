import SPARQL

/// What the SPARQL endpoint needs: a dataset to run queries on.
public protocol SPARQLRepository: Sendable {
    /// Runs `query` on the catalog in service (blocking: call it off the event loop).
    func execute(_ query: SPARQLQuery, options: QueryOptions) throws -> QueryResult
    /// Triples in the default graph and the named graphs' IRIs, for the service description.
    func datasetSummary() -> (triples: Int, namedGraphs: [String])
}
