import RDF
import SPARQL
import Store

extension StoreRepository: SPARQLRepository {
    /// Runs `query` with its plan for the catalog in service, planned once per query text and
    /// protocol dataset (`ServedCatalog.plans`).
    public func execute(_ query: SPARQLQuery, text: String, options: QueryOptions) throws -> QueryResult {
        let served = state.served
        let engine = QueryEngine()
        var key = text
        if let dataset = query.dataset {
            key += "\u{0}" + dataset.defaultGraphs.joined(separator: "\u{0}") + "\u{1}" + dataset.namedGraphs.joined(separator: "\u{0}")
        }
        let prepared: PreparedQuery
        if let known = served.plans.get(key) {
            prepared = known
        } else {
            prepared = try engine.prepare(query, on: served.snapshot)
            served.plans.put(key, prepared)
        }
        return try engine.execute(prepared, on: served.snapshot, options: options)
    }

    /// The embedded store answers from memory.
    public var computesInMemory: Bool { true }

    public func datasetSummary() -> (triples: Int, namedGraphs: [String]) {
        let snapshot = state.served.snapshot
        return (snapshot.defaultGraphCount, snapshot.namedGraphs.compactMap { snapshot.term($0).iriValue })
    }
}
