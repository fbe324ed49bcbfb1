import RDF
import SPARQL
import Testing

@Suite struct EvaluatorTests {
    static let data = """
    :alice :name "Alice" ; :age 30 ; :knows :bob .
    :bob :name "Bob" ; :age 25 ; :knows :carol .
    :carol :name "Carol" ; :knows :alice .
    :dave :name "Dave" ; :age 40 .
    :g1 { :alice :role "admin" . }
    :g2 { :bob :role "user" . :carol :role "user" . }
    """

    let ds: InMemoryDataset
    init() throws { ds = try Fixtures.dataset(Self.data) }

    func rows(_ q: String) throws -> [String] { Fixtures.rows(try Fixtures.select(q, on: ds)) }

    @Test func basicGraphPatternJoinsOnSharedVariables() throws {
        #expect(try rows("SELECT ?n { ?x :knows ?y . ?y :name ?n . ?y :age ?a }") == ["n=\"Alice\"", "n=\"Bob\""])
    }

    @Test func optionalKeepsRowsWithoutMatchAndFiltersInside() throws {
        let r = try rows("SELECT ?x ?a { ?x :name ?n OPTIONAL { ?x :age ?a FILTER(?a > 26) } }")
        #expect(r == ["a=30 x=:alice", "a=40 x=:dave", "x=:bob", "x=:carol"])
    }

    @Test func unionMinusAndNotExists() throws {
        #expect(try rows("SELECT ?x { { ?x :age 30 } UNION { ?x :age 40 } }") == ["x=:alice", "x=:dave"])
        #expect(try rows("SELECT ?x { ?x :name ?n MINUS { ?x :age ?a } }") == ["x=:carol"])
        #expect(try rows("SELECT ?x { ?x :name ?n FILTER NOT EXISTS { ?x :knows ?y } }") == ["x=:dave"])
        // MINUS with no shared variable removes nothing.
        #expect(try rows("SELECT ?x { ?x :age 30 MINUS { ?y :age 25 } }") == ["x=:alice"])
    }

    @Test func bindValuesAndFilterErrorsAreFalse() throws {
        #expect(try rows("SELECT ?x ?d { ?x :age ?a BIND(?a * 2 AS ?d) FILTER(?d > 55) }") == ["d=60 x=:alice", "d=80 x=:dave"])
        #expect(try rows("SELECT ?x ?n { VALUES ?x { :bob :nobody } ?x :name ?n }") == ["n=\"Bob\" x=:bob"])
        // ?a is unbound for carol: the comparison errors and the row is dropped, not an exception.
        #expect(try rows("SELECT ?x { ?x :name ?n OPTIONAL { ?x :age ?a } FILTER(?a < 100) }").count == 3)
    }

    @Test func groupByWithAggregatesAndHaving() throws {
        let r = try rows("""
            SELECT ?r (COUNT(?x) AS ?c) (GROUP_CONCAT(?n; SEPARATOR="|") AS ?names)
            { GRAPH ?g { ?x :role ?r } ?x :name ?n } GROUP BY ?r HAVING (COUNT(?x) > 1)
            """)
        #expect(r == ["c=2 names=\"Bob|Carol\" r=\"user\""] || r == ["c=2 names=\"Carol|Bob\" r=\"user\""])
        #expect(try rows("SELECT (SUM(?a) AS ?s) (MIN(?a) AS ?lo) (MAX(?a) AS ?hi) { ?x :age ?a }") == ["hi=40 lo=25 s=95"])
        #expect(try rows("SELECT (COUNT(*) AS ?c) { ?x :nothing ?y }") == ["c=0"])
    }

    @Test func orderByLimitOffset() throws {
        let t = try Fixtures.select("SELECT ?n { ?x :name ?n } ORDER BY DESC(?n) LIMIT 2 OFFSET 1", on: ds)
        #expect(Fixtures.orderedRows(t) == ["n=\"Carol\"", "n=\"Bob\""])
        let u = try Fixtures.select("SELECT ?x ?a { ?x :name ?n OPTIONAL { ?x :age ?a } } ORDER BY ?a ?x", on: ds)
        // Unbound sorts first (section 15.1).
        #expect(Fixtures.orderedRows(u).first == "x=:carol")
    }

    @Test func propertyPathsHandleCyclesAndInverses() throws {
        #expect(try rows("SELECT ?y { :alice :knows+ ?y }") == ["y=:alice", "y=:bob", "y=:carol"])
        #expect(try rows("SELECT ?y { :dave :knows* ?y }") == ["y=:dave"])
        #expect(try rows("SELECT ?y { :alice ^:knows ?y }") == ["y=:carol"])
        #expect(try rows("SELECT ?n { :alice :knows/:knows/:name ?n }") == ["n=\"Carol\""])
        #expect(try rows("SELECT ?o { :dave !(:name) ?o }") == ["o=40"])
        #expect(try rows("SELECT ?y { :alice :knows? ?y }") == ["y=:alice", "y=:bob"])
        #expect(try rows("SELECT ?x { ?x :knows+ ?x }").count == 3)
    }

    @Test func graphPatternsAndDatasetClauses() throws {
        #expect(try rows("SELECT ?g ?x { GRAPH ?g { ?x :role \"user\" } }") == ["g=:g2 x=:bob", "g=:g2 x=:carol"])
        #expect(try rows("SELECT ?x { ?x :role ?r }") == [])
        #expect(try rows("SELECT ?x FROM :g1 FROM :g2 { ?x :role ?r }") == ["x=:alice", "x=:bob", "x=:carol"])
        #expect(try rows("SELECT ?g FROM NAMED :g1 { GRAPH ?g { ?x ?p ?o } }") == ["g=:g1"])
        #expect(try rows("SELECT ?x FROM NAMED :g1 { ?x :name ?n }") == [])
    }

    @Test func subqueriesHideInnerVariables() throws {
        let r = try rows("SELECT ?x ?n { ?x :age ?a { SELECT ?x { ?x :knows ?n } } }")
        #expect(r == ["x=:alice", "x=:bob"])
    }

    @Test func askConstructAndDescribe() throws {
        let engine = QueryEngine()
        let ask = try SPARQLQuery("PREFIX : <http://example.org/> ASK { :alice :knows :bob }")
        #expect(try engine.execute(ask, on: ds) == .boolean(true))

        let construct = try SPARQLQuery("PREFIX : <http://example.org/> CONSTRUCT { ?y :knownBy ?x . ?x :tag [] } WHERE { ?x :knows ?y }")
        guard case .graph(let triples) = try engine.execute(construct, on: ds) else { Issue.record("not a graph"); return }
        #expect(triples.count == 6)
        #expect(Set(triples.filter { $0.predicate == .iri("http://example.org/tag") }.map(\.object)).count == 3)

        var withBlank = ds
        withBlank.insert(Quad(.iri("http://example.org/dave"), .iri("http://example.org/addr"), .blankNode("a1")))
        withBlank.insert(Quad(.blankNode("a1"), .iri("http://example.org/city"), .string("Paris")))
        withBlank.insert(Quad(.iri("http://example.org/paris"), .iri("http://example.org/x"), .string("not part of it")))
        let describe = try SPARQLQuery("PREFIX : <http://example.org/> DESCRIBE :dave")
        guard case .graph(let d) = try engine.execute(describe, on: withBlank) else { Issue.record("not a graph"); return }
        #expect(d.count == 4)
        #expect(d.contains(Triple(.blankNode("a1"), .iri("http://example.org/city"), .string("Paris"))))

        let bounded = try engine.execute(describe, on: withBlank, options: QueryOptions(maxDescribeTriples: 2))
        guard case .graph(let b) = bounded else { Issue.record("not a graph"); return }
        #expect(b.count == 2)
    }

    @Test func serviceIsReportedAsUnsupported() throws {
        let q = try SPARQLQuery("SELECT * { SERVICE <http://remote/sparql> { ?s ?p ?o } }")
        #expect(throws: QueryEvaluationError.serviceNotSupported("<http://remote/sparql>")) {
            _ = try QueryEngine().execute(q, on: ds)
        }
        let silent = try SPARQLQuery("SELECT * { SERVICE SILENT <http://remote/sparql> { ?s ?p ?o } }")
        // SILENT: one empty solution.
        guard case .solutions(let t) = try QueryEngine().execute(silent, on: ds) else { Issue.record("not solutions"); return }
        #expect(t.rows.count == 1 && t.rows[0].allSatisfy { $0 == nil })
    }

    @Test func bnodeFunctionIsStableWithinOneSolution() throws {
        let t = try Fixtures.select("SELECT ?x (BNODE(\"k\") AS ?a) (BNODE(\"k\") AS ?b) (BNODE() AS ?c) { ?x :age ?age }", on: ds)
        for row in t.bindings {
            #expect(row["a"] == row["b"])
            #expect(row["a"] != row["c"])
        }
        #expect(Set(t.bindings.compactMap { $0["a"] }).count == 3)
    }
}

extension EvaluatorTests {
    @Test func orderByWithLimitKeepsTheSameRowsAsAFullSort() throws {
        var big = InMemoryDataset()
        for i in 0..<500 {
            big.insert(Quad(.iri("http://example.org/s\(i)"), .iri("http://example.org/v"), .typed(String((i * 37) % 101), XSD.integer)))
        }
        for (order, limit, offset) in [("?v", 10, 0), ("DESC(?v) ?s", 7, 3), ("?v", 1000, 495)] {
            let full = try Fixtures.select("SELECT ?s ?v { ?s :v ?v } ORDER BY \(order)", on: big)
            let top = try Fixtures.select("SELECT ?s ?v { ?s :v ?v } ORDER BY \(order) LIMIT \(limit) OFFSET \(offset)", on: big)
            let expected = Array(Fixtures.orderedRows(full).dropFirst(offset).prefix(limit))
            #expect(Fixtures.orderedRows(top) == expected)
        }
    }
}

extension EvaluatorTests {
    @Test func graphVariableIsNotInScopeInsideItsPattern() throws {
        // The filter is evaluated inside the group, where ?g is not bound yet: always an error.
        #expect(try rows("SELECT ?x { GRAPH ?g { ?x :role ?r FILTER(BOUND(?g)) } }") == [])
        #expect(try rows("SELECT ?x { GRAPH ?g { ?x :role ?r } FILTER(?g = :g1) }") == ["x=:alice"])
        #expect(try rows("SELECT ?g { GRAPH ?g { ?g ?p ?o } }") == [])
    }
}
