import RDF
import SPARQL
import Testing

@Suite struct LimitTests {
    /// A dataset where a four-way cross product is astronomically large.
    static func bigDataset() -> InMemoryDataset {
        var ds = InMemoryDataset()
        for i in 0..<400 {
            ds.insert(Quad(.iri("http://example.org/s\(i)"), .iri("http://example.org/p"), .iri("http://example.org/s\((i + 1) % 400)")))
        }
        return ds
    }

    @Test func runawayQueryTimesOutPromptly() throws {
        let ds = Self.bigDataset()
        let q = try SPARQLQuery("SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?t ?h }")
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: QueryEvaluationError.timeout) {
            _ = try QueryEngine().execute(q, on: ds, options: QueryOptions(timeout: .milliseconds(200)))
        }
        // Generous bound: the engine checks the clock every few hundred units of work.
        #expect(clock.now - start < .seconds(2))
    }

    @Test func pathsOverCyclesAreCancellable() throws {
        let ds = Self.bigDataset()
        let q = try SPARQLQuery("SELECT * { ?x <http://example.org/p>* ?y . ?y <http://example.org/p>* ?z }")
        #expect(throws: QueryEvaluationError.timeout) {
            _ = try QueryEngine().execute(q, on: ds, options: QueryOptions(timeout: .milliseconds(100)))
        }
    }

    @Test func tooManyRowsIsAnErrorNotATruncation() throws {
        let ds = Self.bigDataset()
        let q = try SPARQLQuery("SELECT * { ?s ?p ?o }")
        #expect(throws: QueryEvaluationError.tooManyRows(limit: 50)) {
            _ = try QueryEngine().execute(q, on: ds, options: QueryOptions(maxRows: 50))
        }
        let limited = try SPARQLQuery("SELECT * { ?s ?p ?o } LIMIT 50")
        guard case .solutions(let t) = try QueryEngine().execute(limited, on: ds, options: QueryOptions(maxRows: 50)) else {
            Issue.record("not solutions"); return
        }
        #expect(t.rows.count == 50)
    }

    @Test func cancellationHookStopsEvaluation() throws {
        let ds = Self.bigDataset()
        let q = try SPARQLQuery("SELECT * { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")
        #expect(throws: QueryEvaluationError.cancelled) {
            _ = try QueryEngine().execute(q, on: ds, options: QueryOptions(isCancelled: { true }))
        }
    }
}
