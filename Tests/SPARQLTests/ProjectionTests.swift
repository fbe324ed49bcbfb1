import RDF
import SPARQL
import Testing

/// The projection a query states, and answers put in its column order (used for other engines' answers).
@Suite struct ProjectionTests {
    @Test func projectedVariablesFollowTheSelectClauseUnderModifiers() throws {
        #expect(try SPARQLQuery("SELECT DISTINCT ?b ?a WHERE { ?a ?p ?b } LIMIT 0").algebra.projectedVariables == ["b", "a"])
        #expect(try SPARQLQuery("SELECT * WHERE { ?s ?p ?o } OFFSET 2").algebra.projectedVariables == ["o", "p", "s"])
        #expect(try SPARQLQuery("ASK { ?s ?p ?o }").algebra.projectedVariables == nil)
    }

    @Test func reorderedMovesColumnsAndLeavesMissingOnesUnbound() {
        let a = Term.iri("http://example.org/a"), b = Term.iri("http://example.org/b")
        let table = SolutionTable(variables: ["a", "b"], rows: [[a, b], [nil, b]])
        let moved = table.reordered(as: ["b", "c", "a"])
        #expect(moved.variables == ["b", "c", "a"])
        #expect(moved.rows == [[b, nil, a], [b, nil, nil]])
        #expect(SolutionTable(variables: [], rows: []).reordered(as: ["x"]) == SolutionTable(variables: ["x"], rows: []))
        #expect(table.reordered(as: ["a", "b"]) == table)
    }
}
