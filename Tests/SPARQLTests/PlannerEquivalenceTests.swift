import RDF
import SPARQL
import Store
import Testing

/// Issue #16's planner changes — filters kept inside their BGP and checked as soon as their
/// variables are bound, bind joins through filtered BGPs, BGPs merged across a join chain and
/// ordered knowing what earlier operands bind, per-predicate statistics, COUNT(DISTINCT) on ids,
/// STR() in the string-test fast path — must never change an answer: every query here gives the
/// same solutions as the unoptimized plan, on the in-memory dataset and on the store, and the
/// answers of the cases are also checked against counts worked out by hand.
@Suite struct PlannerEquivalenceTests {
    static let data = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        :s1 a skos:ConceptScheme . :s2 a skos:ConceptScheme . :s3 a skos:ConceptScheme .
        :a skos:inScheme :s1 ; skos:prefLabel "Santé 12"@fr, "Health 12"@en ; skos:notation "12" .
        :b skos:inScheme :s1 ; skos:prefLabel "Prix"@fr ; skos:notation "7" ; skos:broader :a .
        :c skos:inScheme :s2 ; skos:prefLabel "santé 3"@fr, "health 3"@en ; skos:notation "3" ; skos:broader :b .
        :d skos:inScheme :s2 ; skos:prefLabel "Emploi"@en ; skos:notation 42 .
        :e skos:inScheme :s3 ; skos:prefLabel "santé 12 bis"@fr .
        :f skos:prefLabel "orphan"@fr ; skos:notation "99" .
        :g skos:inScheme :s1 ; skos:prefLabel "Santé"^^xsd:string ; :size 12 .
        :h skos:inScheme :s2 ; :size "x" ; :link <http://example.org/santé-12> .
        """

    static let prefix = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"

    /// Queries and the number of solutions worked out by hand on `data`.
    static let cases: [(String, Int)] = [
        // The case: VALUES of two schemes ⨝ inScheme ⨝ language-filtered prefLabel.
        ("SELECT ?c ?l { VALUES ?s { :s1 :s2 } ?c skos:inScheme ?s . ?c skos:prefLabel ?l FILTER(LANG(?l) = \"fr\") }", 3),
        // The same with the filter between the patterns, and written before them.
        ("SELECT ?c ?l { VALUES ?s { :s1 :s2 } ?c skos:inScheme ?s FILTER(LANG(?l) = \"fr\") ?c skos:prefLabel ?l }", 3),
        ("SELECT ?c ?l { FILTER(LANG(?l) = \"fr\") ?c skos:prefLabel ?l . VALUES ?s { :s2 } ?c skos:inScheme ?s }", 1),
        // A filter reading a variable only VALUES binds: the BGP alone does not decide it.
        ("SELECT ?c ?l { VALUES ?lang { \"en\" } ?c skos:prefLabel ?l FILTER(LANG(?l) = ?lang) }", 3),
        ("SELECT ?c { VALUES (?s ?min) { (:s1 10) (:s2 0) } ?c skos:inScheme ?s ; :size ?n FILTER(?n > ?min) }", 1),
        // Conjunctions split over patterns; an error (string > number) filters the row out.
        ("SELECT ?c ?n { ?c skos:notation ?n ; skos:inScheme ?s FILTER(?s != :s3 && ?n > \"5\") }", 1),
        ("SELECT ?c { ?c :size ?n FILTER(?n > 3) }", 1),
        ("SELECT ?c { ?c :size ?n FILTER(!(?n > 3)) }", 0),
        // Filters on an OPTIONAL's variable stay above the OPTIONAL.
        ("SELECT ?c ?p { ?c skos:inScheme :s1 OPTIONAL { ?c skos:broader ?p } FILTER(!BOUND(?p)) }", 2),
        // COUNT(DISTINCT) on ids, grouped and not.
        ("SELECT (COUNT(DISTINCT ?l) AS ?n) { ?c skos:prefLabel ?l }", 1),
        ("SELECT ?s (COUNT(DISTINCT ?l) AS ?n) { ?c skos:inScheme ?s ; skos:prefLabel ?l } GROUP BY ?s", 3),
        // CONTAINS(LCASE(STR())) over literals of every kind and IRIs.
        ("SELECT ?c ?o { ?c ?p ?o FILTER(CONTAINS(LCASE(STR(?o)), \"santé\")) }", 5),
        ("SELECT ?c ?o { ?c ?p ?o FILTER(STRSTARTS(STR(?o), \"http://example.org/s\")) }", 8),
        ("SELECT ?c ?o { ?c ?p ?o FILTER(STRENDS(UCASE(STR(?o)), \"12\")) }", 5),
        // MINUS, NOT EXISTS, EXISTS.
        ("SELECT ?c { ?c skos:inScheme ?s MINUS { ?c skos:broader ?p } }", 5),
        ("SELECT ?c { ?c skos:inScheme ?s FILTER NOT EXISTS { ?x skos:broader ?c } }", 5),
        ("SELECT ?c { ?c skos:inScheme ?s FILTER EXISTS { ?c skos:prefLabel ?l FILTER(LANG(?l) = \"en\") } }", 3),
        // MINUS by index probes: left rows without the shared variable stay; a right side that
        // may leave the shared variable unbound (a UNION branch) is hashed; a filtered right side.
        ("SELECT ?c ?p { ?c skos:inScheme ?s OPTIONAL { ?c skos:broader ?p } MINUS { ?p skos:notation ?n } }", 5),
        ("SELECT ?c { ?c skos:inScheme ?s MINUS { { ?c skos:broader ?x } UNION { ?y skos:notation 42 } } }", 5),
        ("SELECT ?c { ?c skos:inScheme ?s MINUS { ?c skos:notation ?n FILTER(?n > \"5\") } }", 6),
        // Join chains with a path and a union between BGPs.
        ("SELECT ?c ?a { ?c skos:inScheme :s2 . ?c skos:broader+ ?a . ?a skos:prefLabel ?l FILTER(LANG(?l) = \"fr\") }", 2),
        ("SELECT ?c ?x { ?c skos:inScheme ?s . { ?c skos:notation ?x } UNION { ?c :size ?x } ?c skos:prefLabel ?l FILTER(LANG(?l) != \"en\") }", 4),
        // A DISTINCT over a join through a filtered BGP.
        ("SELECT DISTINCT ?s { ?c skos:inScheme ?s . ?c skos:prefLabel ?l FILTER(LANGMATCHES(LANG(?l), \"en\")) }", 2),
        // A GRAPH-free BIND between patterns: the BGP is split by the BIND and stays correct.
        ("SELECT ?c ?k { ?c skos:notation ?n BIND(STR(?n) AS ?k) ?c skos:inScheme ?s FILTER(?k != \"3\") }", 3),
    ]

    static func solutions(_ text: String, _ ds: some QueryableDataset, optimized: Bool) throws -> [String] {
        let q = try SPARQLQuery("PREFIX : <http://example.org/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + prefix + text)
        let engine = optimized ? QueryEngine() : QueryEngine(optimizer: QueryOptimizer(rewrites: []))
        guard case .solutions(let t) = try engine.execute(q, on: ds) else { throw Fixtures.FixtureError.notSolutions }
        return Fixtures.rows(t)
    }

    static func store() throws -> StoreSnapshot {
        let ds = try Fixtures.dataset(data)
        var builder = StoreBuilder()
        try ds.match(QuadPattern(graph: .defaultGraph)) { q in
            builder.add(Quad(ds.term(for: q.subject), ds.term(for: q.predicate), ds.term(for: q.object)))
        }
        return builder.build()
    }

    @Test(arguments: cases.indices)
    func optimizedPlanGivesTheUnoptimizedAnswer(_ i: Int) throws {
        let (text, expected) = Self.cases[i]
        let memory = try Fixtures.dataset(Self.data)
        let store = try Self.store()
        let reference = try Self.solutions(text, memory, optimized: false)
        #expect(reference.count == expected, "unoptimized: \(reference)")
        #expect(try Self.solutions(text, memory, optimized: true) == reference)
        #expect(try Self.solutions(text, store, optimized: true) == reference)
        #expect(try Self.solutions(text, store, optimized: false) == reference)
    }

    @Test func countDistinctCountsTermsNotRows() throws {
        let memory = try Fixtures.dataset(Self.data)
        let rows = try Self.solutions("SELECT ?s (COUNT(DISTINCT ?l) AS ?n) { ?c skos:inScheme ?s ; skos:prefLabel ?l } GROUP BY ?s", memory, optimized: true)
        // :s1 has four distinct labels on three concepts, :s2 three, :s3 one.
        #expect(rows == ["n=1 s=:s3", "n=3 s=:s2", "n=4 s=:s1"])
    }

    @Test func theFilterStaysInsideTheMergedBGPAndVALUESDrivesIt() throws {
        let store = try Self.store()
        let q = try SPARQLQuery("PREFIX : <http://example.org/>\n" + Self.prefix
            + "SELECT ?c ?l { VALUES ?s { :s1 :s2 } ?c skos:inScheme ?s . ?c skos:prefLabel ?l FILTER(LANG(?l) = \"fr\") }")
        let plan = QueryEngine().explain(q, on: store)
        let lines = plan.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // Join(Table, Filter(BGP of both patterns)): the table first, one BGP, the filter right above it.
        let table = lines.firstIndex { $0.hasPrefix("Table") }
        let filter = lines.firstIndex { $0.hasPrefix("Filter") }
        let bgp = lines.firstIndex { $0.hasPrefix("BGP (2 triple patterns)") }
        #expect(table != nil && filter != nil && bgp != nil, "\(plan)")
        if let table, let filter, let bgp { #expect(table < filter && filter + 1 == bgp, "\(plan)") }
        // inScheme (bound by VALUES) before prefLabel.
        if let bgp, bgp + 2 < lines.count {
            #expect(lines[bgp + 1].contains("inScheme") && lines[bgp + 2].contains("prefLabel"), "\(plan)")
        }
    }

    @Test func perPredicateStatisticsOfTheStore() throws {
        let store = try Self.store()
        let label = try #require(store.id(for: .iri("http://www.w3.org/2004/02/skos/core#prefLabel")))
        let scheme = try #require(store.id(for: .iri("http://www.w3.org/2004/02/skos/core#inScheme")))
        #expect(store.predicateStatistics(label) == PredicateStatistics(triples: 9, distinctSubjects: 7, distinctObjects: 9))
        #expect(store.predicateStatistics(scheme) == PredicateStatistics(triples: 7, distinctSubjects: 7, distinctObjects: 3))
    }

    @Test func explainAnalyzedPrintsActualRowsBesideEstimates() throws {
        let store = try Self.store()
        let q = try SPARQLQuery("PREFIX : <http://example.org/>\n" + Self.prefix
            + "SELECT ?c ?l { VALUES ?s { :s1 :s2 } ?c skos:inScheme ?s . ?c skos:prefLabel ?l FILTER(LANG(?l) = \"fr\") }")
        let (plan, solutions, _) = try QueryEngine().explainAnalyzed(q, on: store)
        #expect(solutions == 3)
        let lines = plan.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("Table") && $0.contains("[actual 2 rows in 1 run]") }, "\(plan)")
        // The filtered BGP runs once per VALUES row and yields the three French labels in all.
        #expect(lines.contains { $0.contains("Filter") && $0.contains("[actual 3 rows in 2 runs]") }, "\(plan)")
        #expect(lines.contains { $0.contains("Join") && $0.contains("[actual 3 rows in 1 run]") }, "\(plan)")
    }
}
