import RDF
import SPARQL
import Store

extension StoreRepository: SPARQLRepository {
    public func execute(_ query: SPARQLQuery, options: QueryOptions) throws -> QueryResult {
        try QueryEngine().execute(query, on: state.served.snapshot, options: options)
    }

    /// The embedded store answers from memory.
    public var computesInMemory: Bool { true }

    public func datasetSummary() -> (triples: Int, namedGraphs: [String]) {
        let snapshot = state.served.snapshot
        return (snapshot.defaultGraphCount, snapshot.namedGraphs.compactMap { snapshot.term($0).iriValue })
    }
}
