import RDF
import SPARQL
import Testing

@Suite struct OptimizerTests {
    static let p = PatternTerm.term(.iri("http://example.org/p"))
    static let q = PatternTerm.term(.iri("http://example.org/q"))
    static let rare = PatternTerm.term(.iri("http://example.org/rare"))
    static func v(_ n: String) -> PatternTerm { .variable(n) }

    let ds: InMemoryDataset
    init() throws {
        var d = InMemoryDataset()
        for i in 0..<50 {
            d.insert(Quad(.iri("http://example.org/s\(i)"), .iri("http://example.org/p"), .iri("http://example.org/o\(i)")))
        }
        d.insert(Quad(.iri("http://example.org/s1"), .iri("http://example.org/rare"), .string("x")))
        ds = d
    }

    func run(_ rewrite: QueryOptimizer.Rewrite, _ a: Algebra) -> Algebra {
        QueryOptimizer(rewrites: [rewrite]).optimize(a, dataset: ds)
    }

    @Test func mergeBGPsJoinsAdjacentBasicGraphPatterns() {
        let a = Algebra.join(.bgp([TriplePattern(Self.v("s"), Self.p, Self.v("o"))]), .bgp([TriplePattern(Self.v("o"), Self.q, Self.v("z"))]))
        #expect(run(.mergeBGPs, a) == .bgp([TriplePattern(Self.v("s"), Self.p, Self.v("o")), TriplePattern(Self.v("o"), Self.q, Self.v("z"))]))
    }

    @Test func orderTriplePatternsPutsTheSelectivePatternFirst() {
        let a = Algebra.bgp([TriplePattern(Self.v("s"), Self.p, Self.v("o")), TriplePattern(Self.v("s"), Self.rare, Self.v("x"))])
        guard case .bgp(let ts) = run(.orderTriplePatterns, a) else { Issue.record("not a BGP"); return }
        #expect(ts.first?.predicate == Self.rare)
    }

    @Test func pushDownFiltersIntoUnionBranchesAndCertainlyBoundJoinSides() {
        let left = Algebra.bgp([TriplePattern(Self.v("s"), Self.p, Self.v("o"))])
        let right = Algebra.path(Self.v("o"), .zeroOrMore(.link("http://example.org/q")), Self.v("z"))
        let f = Expression.equal(.variable("s"), .term(.iri("http://example.org/s1")))
        #expect(run(.pushDownFilters, .filter(f, .join(left, right))) == .join(.filter(f, left), right))
        #expect(run(.pushDownFilters, .filter(f, .union(left, right))) == .union(.filter(f, left), .filter(f, right)))
    }

    @Test func pushDownFiltersLeavesUnsafeFiltersAlone() {
        let left = Algebra.bgp([TriplePattern(Self.v("s"), Self.p, Self.v("o"))])
        let optional = Algebra.leftJoin(left, .bgp([TriplePattern(Self.v("o"), Self.q, Self.v("z"))]), nil)
        // ?z may be unbound: the filter must see the whole optional.
        let onOptional = Algebra.filter(.builtin("BOUND", [.variable("z")]), optional)
        #expect(run(.pushDownFilters, onOptional) == onOptional)
        let exists = Algebra.filter(.exists(left), .join(left, .bgp([TriplePattern(Self.v("o"), Self.q, Self.v("z"))])))
        #expect(run(.pushDownFilters, exists) == exists)
    }

    @Test func foldConstantsEvaluatesConstantArithmetic() {
        let a = Algebra.filter(.less(.variable("x"), .add(.term(.typed("1", XSD.integer)), .term(.typed("2", XSD.integer)))), .unit)
        #expect(run(.foldConstants, a) == .filter(.less(.variable("x"), .term(.typed("3", XSD.integer))), .unit))
        // Errors are left for evaluation.
        let bad = Algebra.filter(.add(.term(.string("a")), .term(.typed("2", XSD.integer))), .unit)
        #expect(run(.foldConstants, bad) == bad)
    }

    @Test(arguments: [
        "SELECT ?s ?o { ?s <http://example.org/p> ?o . ?s <http://example.org/rare> ?x FILTER(?o != <http://example.org/o3>) }",
        "SELECT ?s { { ?s <http://example.org/p> ?o } UNION { ?s <http://example.org/rare> ?o } FILTER(?s = <http://example.org/s1>) }",
        "SELECT ?s ?x { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://example.org/rare> ?x } FILTER(!BOUND(?x) || ?x = \"x\") }",
    ])
    func optimizedAndUnoptimizedPlansAgree(_ text: String) throws {
        let query = try SPARQLQuery(text)
        let plain = try QueryEngine(optimizer: QueryOptimizer(rewrites: [])).execute(query, on: ds)
        let optimized = try QueryEngine().execute(query, on: ds)
        guard case .solutions(let a) = plain, case .solutions(let b) = optimized else { Issue.record("not solutions"); return }
        #expect(Fixtures.rows(a) == Fixtures.rows(b))
        #expect(!a.rows.isEmpty)
    }

    @Test func explainPrintsTheOptimizedPlanWithEstimates() throws {
        let query = try SPARQLQuery("SELECT ?s { ?s <http://example.org/p> ?o . ?s <http://example.org/rare> ?x } LIMIT 3")
        let text = QueryEngine().explain(query, on: ds)
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Slice") == true)
        #expect(text.contains("BGP (2 triple patterns)"))
        let rareLine = try #require(lines.firstIndex { $0.contains("rare") })
        let pLine = try #require(lines.firstIndex { $0.contains("example.org/p>") })
        #expect(rareLine < pLine)
        #expect(text.contains("[~1]"))
    }
}

extension OptimizerTests {
    @Test func reorderJoinsStartsPathsFromBoundEnds() {
        let path = Algebra.path(Self.v("x"), .zeroOrMore(.link("http://example.org/p")), Self.v("y"))
        let bgp = Algebra.bgp([TriplePattern(Self.v("y"), Self.rare, .term(.string("x")))])
        #expect(run(.reorderJoins, .join(path, bgp)) == .join(bgp, path))
        // Optional parts are not reordered.
        let optional = Algebra.join(path, .leftJoin(bgp, .unit, nil))
        #expect(run(.reorderJoins, optional) == optional)
    }
}
