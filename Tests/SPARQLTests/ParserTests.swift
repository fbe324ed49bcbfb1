import RDF
import SPARQL
import Testing

@Suite struct ParserTests {
    func syntaxError(_ text: String) -> SPARQLSyntaxError? {
        do { _ = try SPARQLQuery(text); return nil } catch let e as SPARQLSyntaxError { return e } catch { return nil }
    }

    @Test func errorsCarryLineColumnOffsetAndExpectation() throws {
        let e = try #require(syntaxError("SELECT ?x\nWHERE { ?x ?p }"))
        #expect(e.line == 2)
        #expect(e.column == 15)
        #expect(e.offset == 24)
        #expect(e.message.hasPrefix("expected"))
    }

    @Test func undefinedPrefixIsReportedAtItsPlace() throws {
        let e = try #require(syntaxError("SELECT * { ?s foo:bar ?o }"))
        #expect(e.column == 15)
        #expect(e.message.contains("foo"))
    }

    @Test(arguments: [
        "SELECT * { ?s ?p ?o BIND(1 AS ?o) }",                              // BIND of an in-scope variable
        "SELECT ?s (1 AS ?s) { ?s ?p ?o }",                                 // SELECT AS of an in-scope variable
        "SELECT ?o { ?s ?p ?o } GROUP BY ?s",                              // ungrouped variable projected
        "SELECT * { ?s ?p ?o } GROUP BY ?s",                               // SELECT * with GROUP BY
        "SELECT ?s { ?s ?p ?o FILTER(COUNT(?o) > 1) }",                    // aggregate in WHERE
        "SELECT (SUM(COUNT(?o)) AS ?n) { ?s ?p ?o }",                      // nested aggregates
        "SELECT * { _:a ?p ?o . OPTIONAL { _:a ?q ?r } }",                 // blank label across BGPs
        "SELECT * { VALUES (?a ?b) { (1) } }",                              // VALUES row arity
        "SELECT * { ?s ?p ?o } LIMIT -1",
        "SELECT * { ?s ?p ?o ?q }",
        "ASK { ?s ?p \"unterminated }",
        "SELECT (STRLEN(?a, ?b) AS ?n) { ?a ?p ?b }",                      // built-in arity
        "CONSTRUCT WHERE { _:b ?p ?o }",
    ])
    func rejects(_ text: String) {
        #expect(syntaxError(text) != nil, "\(text) should be rejected")
    }

    @Test(arguments: [
        "SELECT * { ?s ?p ?o }",
        "PREFIX ex: <http://ex/> SELECT ?s WHERE { ?s a ex:C ; ex:p 1, -2.5, 3e0, true, \"x\"@en-GB, \"y\"^^ex:T . }",
        "SELECT * { ?s ex:p/ex:q|^ex:r* ?o } ",
        "SELECT * { ?s !(a|^<http://x/p>) ?o }",
        "SELECT * { ( 1 [ <http://x/p> 2 ] ) <http://x/q> [] }",
        "SELECT (COUNT(DISTINCT *) AS ?n) (GROUP_CONCAT(?o; SEPARATOR=\", \") AS ?g) { ?s ?p ?o }",
        "SELECT ?s (AVG(?o) AS ?a) { ?s ?p ?o } GROUP BY ?s HAVING (AVG(?o) > 1) ORDER BY DESC(?a) LIMIT 5 OFFSET 2",
        "SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 1 } UNION { ?s ?q ?r } MINUS { ?s <http://x/p> 1 } }",
        "SELECT * { GRAPH ?g { ?s ?p ?o } SERVICE SILENT <http://x/sparql> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?o ?p ?s } FILTER(?o IN (1, 2) && ?s NOT IN (<http://x/a>)) }",
        "DESCRIBE <http://x/a> ?s WHERE { ?s ?p ?o }",
        "ASK FROM <http://x/g> FROM NAMED <http://x/h> { ?s ?p ?o }",
        "SELECT * { ?s ?p ?o } VALUES ?s { <http://x/a> UNDEF }",
        "select * where { ?s ?p ?o . filter(regex(str(?o), \"^a\", \"i\")) }",
    ])
    func accepts(_ text: String) throws {
        _ = try SPARQLQuery(text.hasPrefix("PREFIX") ? text : "PREFIX ex: <http://ex/> " + text)
    }

    @Test func optionalWithFilterBecomesLeftJoinWithExpression() throws {
        let q = try SPARQLQuery("SELECT * { ?s <http://x/p> ?o OPTIONAL { ?o <http://x/q> ?v FILTER(?v > 2) } }")
        guard case .project(.leftJoin(.bgp(let left), .bgp(let right), let f?), _) = q.algebra else {
            Issue.record("unexpected algebra \(q.algebra)"); return
        }
        #expect(left.count == 1 && right.count == 1)
        #expect(f == .greater(.variable("v"), .term(.typed("2", XSD.integer))))
    }

    @Test func sequencePathsBecomeTriplePatternsAndStarPathsStayPaths() throws {
        let q = try SPARQLQuery("SELECT * { ?s <http://x/p>/<http://x/q> ?o . ?o <http://x/r>* ?z }")
        guard case .project(.join(.bgp(let ts), .path(_, .zeroOrMore(.link("http://x/r")), .variable("z"))), _) = q.algebra else {
            Issue.record("unexpected algebra \(q.algebra)"); return
        }
        #expect(ts.count == 2)
    }

    @Test func relativeIRIsResolveAgainstBase() throws {
        let q = try SPARQLQuery("BASE <http://x/dir/> SELECT * { <a> <../p> ?o }")
        guard case .project(.bgp(let ts), _) = q.algebra else { Issue.record("\(q.algebra)"); return }
        #expect(ts[0].subject == .term(.iri("http://x/dir/a")))
        #expect(ts[0].predicate == .term(.iri("http://x/p")))
    }

    @Test func selectStarHidesBlankNodeVariables() throws {
        let q = try SPARQLQuery("SELECT * { ?s <http://x/p> [ <http://x/q> ?v ] }")
        #expect(q.form == .select(["s", "v"]))
    }
}

@Suite struct ParserRobustnessTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "SELECT * { FILTER(" + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + ") }"
        #expect(throws: SPARQLSyntaxError.self) { _ = try SPARQLQuery(deep) }
        let groups = "SELECT * " + String(repeating: "{ ", count: 5000) + String(repeating: "} ", count: 5000)
        #expect(throws: SPARQLSyntaxError.self) { _ = try SPARQLQuery(groups) }
    }

    @Test func everyPrefixOfAQueryParsesOrFailsCleanly() {
        let text = """
        PREFIX ex: <http://ex/> SELECT DISTINCT ?s (COUNT(?o) AS ?n) FROM <http://g> WHERE {
          ?s ex:p/ex:q* [ ex:r ( 1 2.5 "é"@fr ) ] ; ^ex:t ?o . OPTIONAL { ?o !(a|^ex:u) ?z FILTER(?z > -3e2) }
          BIND(CONCAT(STR(?s), "x") AS ?c) VALUES (?a ?b) { (1 UNDEF) } MINUS { ?s a ex:C }
        } GROUP BY ?s HAVING (COUNT(?o) > 1) ORDER BY DESC(?n) LIMIT 10 OFFSET 5
        """
        let scalars = Array(text.unicodeScalars)
        for n in 0...scalars.count {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[0..<n])
            do { _ = try SPARQLQuery(String(s)) } catch is SPARQLSyntaxError {} catch {
                Issue.record("unexpected error type for prefix \(n): \(error)")
            }
        }
    }

    @Test func offsetsCountUTF8Bytes() throws {
        do {
            _ = try SPARQLQuery("SELECT * { ?s ?p \"é\" ?q }")
            Issue.record("should fail")
        } catch let e as SPARQLSyntaxError {
            #expect(e.column == 22)
            #expect(e.offset == 22)
        }
    }

    @Test func hugeLimitsDoNotOverflow() throws {
        var ds = InMemoryDataset()
        ds.insert(Quad(.iri("http://x/a"), .iri("http://x/p"), .iri("http://x/b")))
        let q = try SPARQLQuery("SELECT * { ?s ?p ?o } LIMIT 9223372036854775807 OFFSET 9223372036854775806")
        #expect(try QueryEngine().execute(q, on: ds) == .solutions(SolutionTable(variables: ["o", "p", "s"], rows: [])))
    }
}
