import RDF
import SPARQL
import Testing

@Suite struct ExplainSampleTests {
    @Test func printsEveryOperatorOnItsOwnLine() throws {
        let ds = try Fixtures.dataset(EvaluatorTests.data)
        let q = try SPARQLQuery("""
            PREFIX : <http://example.org/>
            SELECT ?n (COUNT(?y) AS ?c) { ?x :name ?n OPTIONAL { ?x :knows+ ?y } FILTER(?n != "Dave") }
            GROUP BY ?n ORDER BY DESC(?c) LIMIT 2
            """)
        let text = QueryEngine().explain(q, on: ds)
        print(text)
        for op in ["Slice", "Project", "OrderBy", "Extend", "Group", "LeftJoin", "Filter", "Path", "BGP"] {
            #expect(text.contains(op), "explain lacks \(op)")
        }
    }
}
