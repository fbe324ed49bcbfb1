import Catalog
import RDF
import SPARQL
@testable import Server
import Testing

@Suite("SPARQL execution in the server: plans per served catalog, the inline budget")
struct QueryExecutionTests {
    static let query = "SELECT ?p ?o WHERE { <http://localhost:8080/id/dataflow/DF_CPI> ?p ?o } ORDER BY ?p ?o"

    static func rows(_ result: QueryResult) -> [[Term?]] {
        guard case .solutions(let table) = result else { return [] }
        return table.rows
    }

    @Test("a plan is kept per served catalog and query text, and a reload starts with none")
    func plansPerServedCatalog() throws {
        let state = try CatalogState(dataset: TestCatalog.tiny())
        let repository = StoreRepository(state: state)
        let query = try SPARQLQuery(Self.query)
        let direct = try QueryEngine().execute(query, on: state.served.snapshot)
        for _ in 0..<2 {
            #expect(try repository.execute(query, text: Self.query, options: QueryOptions()) == direct)
        }
        #expect(state.served.plans.count == 1)
        var other = query
        other.dataset = DatasetClause(defaultGraphs: ["urn:lodestat:graph:none"])
        #expect(Self.rows(try repository.execute(other, text: Self.query, options: QueryOptions())).isEmpty)
        #expect(state.served.plans.count == 2)

        let renamed = TestCatalog.turtle.replacingOccurrences(of: "\"Consumer price index\"@en",
                                                              with: "\"Harmonised consumer prices\"@en")
        state.replace(with: try TestCatalog.tiny(renamed))
        #expect(state.served.plans.count == 0)
        let after = try repository.execute(query, text: Self.query, options: QueryOptions())
        #expect(after != direct)
        #expect(after == (try QueryEngine().execute(query, on: state.served.snapshot)))
    }

    @Test("without a plan cache every query is planned again and answers the same")
    func noPlanCache() throws {
        let state = try CatalogState(dataset: TestCatalog.tiny(), planCapacity: 0)
        let repository = StoreRepository(state: state)
        let query = try SPARQLQuery(Self.query)
        let first = try repository.execute(query, text: Self.query, options: QueryOptions())
        #expect(try repository.execute(query, text: Self.query, options: QueryOptions()) == first)
        #expect(!Self.rows(first).isEmpty)
        #expect(state.served.plans.count == 0)
    }

    @Test("a query past the inline budget is run again off the thread and answers in full")
    func pastTheBudget() async throws {
        let state = try CatalogState(dataset: TestCatalog.tiny())
        let repository = StoreRepository(state: state)
        // Every triple joined with every triple, three times: thousands of rows, far more than the
        // 256 steps between two looks at the deadline.
        let text = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        let query = try SPARQLQuery(text)
        let expected = try QueryEngine().execute(query, on: state.served.snapshot)
        #expect(Self.rows(expected).count > 1000)
        let options = QueryOptions(timeout: .seconds(30))
        let tight = QueryRunner(inlineBudget: .nanoseconds(1))
        #expect(try await tight.run(query, text: text, on: repository, options: options) == expected)
        let none = QueryRunner(inlineBudget: .zero)
        #expect(try await none.run(query, text: text, on: repository, options: options) == expected)
        #expect(try await QueryRunner().run(query, text: text, on: repository, options: options) == expected)
    }

    @Test("the time limit still holds when the inline attempt used part of it")
    func timeLimitAfterTheBudget() async throws {
        let state = try CatalogState(dataset: TestCatalog.tiny())
        let repository = StoreRepository(state: state)
        // Hundreds of thousands of rows of 15 terms: far beyond 50 ms, whatever the machine.
        let text = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
        let query = try SPARQLQuery(text)
        await #expect(throws: QueryEvaluationError.timeout) {
            _ = try await QueryRunner(inlineBudget: .milliseconds(1))
                .run(query, text: text, on: repository, options: QueryOptions(timeout: .milliseconds(50)))
        }
    }
}
