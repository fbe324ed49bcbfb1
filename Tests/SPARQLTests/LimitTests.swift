import Foundation
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

extension LimitTests {
    @Test func intermediateResultsAreBounded() throws {
        let ds = Self.bigDataset()
        let sorted = try SPARQLQuery("SELECT * { ?s ?p ?o } ORDER BY ?o")
        #expect(throws: QueryEvaluationError.tooManyIntermediateRows(limit: 100)) {
            _ = try QueryEngine().execute(sorted, on: ds, options: QueryOptions(maxIntermediateRows: 100))
        }
        let grouped = try SPARQLQuery("SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s")
        #expect(throws: QueryEvaluationError.tooManyIntermediateRows(limit: 100)) {
            _ = try QueryEngine().execute(grouped, on: ds, options: QueryOptions(maxIntermediateRows: 100))
        }
    }
}

extension LimitTests {
    /// A long chain of triple patterns recurses once per pattern; evaluation runs on its own deep
    /// stack, so even a caller on a small stack does not overflow.
    @Test func longBasicGraphPatternsDoNotExhaustSmallStacks() throws {
        var ds = InMemoryDataset()
        for i in 0..<850 { ds.insert(Quad(.iri("http://x/n\(i)"), .iri("http://x/p"), .iri("http://x/n\(i + 1)"))) }
        let text = "SELECT (COUNT(*) AS ?c) { " + (0..<800).map { "?v\($0) <http://x/p> ?v\($0 + 1) ." }.joined(separator: " ") + " }"
        let query = try SPARQLQuery(text)
        let data = ds
        final class Outcome: @unchecked Sendable { var result: QueryResult? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.result = try? QueryEngine().execute(query, on: data)
            done.signal()
        }
        thread.stackSize = 256 * 1024
        thread.start()
        done.wait()
        #expect(outcome.result == .solutions(SolutionTable(variables: ["c"], rows: [[.typed("51", XSD.integer)]])))
    }

    @Test func queriesWithTooManyPatternsAreRejected() {
        let text = "SELECT * { " + (0..<4001).map { "?v\($0) <http://x/p> ?v\($0 + 1) ." }.joined(separator: " ") + " }"
        #expect(throws: SPARQLSyntaxError.self) { _ = try SPARQLQuery(text) }
    }
}

extension LimitTests {
    @Test func taskCancellationReachesTheEvaluator() async throws {
        let ds = Self.bigDataset()
        let q = try SPARQLQuery("SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")
        let task = Task.detached { try QueryEngine().execute(q, on: ds) }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        await #expect(throws: QueryEvaluationError.cancelled) { _ = try await task.value }
    }
}
