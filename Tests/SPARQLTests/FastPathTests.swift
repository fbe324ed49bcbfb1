import RDF
import SPARQL
import Store
import Testing

/// The evaluator's id-level shortcuts (language filters, string tests on lexical forms, compiled
/// REGEX, GROUP BY/COUNT on ids, ORDER BY keys) must answer as the general expression path does.
/// Each filter is run as written (shortcut) and wrapped in IF(…, true, false) (general path).
@Suite struct FastPathTests {
    static let data: [Quad] = {
        let p = Term.iri("http://x/label")
        let values: [Term] = [
            .langString("Santé 12", "fr"), .langString("Health 12", "en"), .string("SANTÉ 120"), .string("santé 1"),
            .string("Économie"), .langString("économie", "fr"), .typed("12", XSD.integer), .iri("http://x/santé 12"),
            .string("HEALTH 34"), .string("Health 3a"), .string("\u{212A}elvin"), .string(""), .langString("Straße", "de"),
        ]
        return values.enumerated().map { Quad(.iri("http://x/s\($0.offset)"), p, $0.element) }
    }()

    static let filters = [
        "CONTAINS(LCASE(?o), \"santé 12\")", "CONTAINS(UCASE(?o), \"SANTÉ\")", "STRSTARTS(LCASE(?o), \"hea\")",
        "STRENDS(?o, \"12\")", "CONTAINS(?o, \"\")", "CONTAINS(LCASE(?o), \"kelvin\")", "STRSTARTS(UCASE(?o), \"STRASSE\")",
        "LANG(?o) = \"fr\"", "\"en\" = LANG(?o)", "LANG(?o) = \"\"", "REGEX(?o, \"^Health 3[0-4]+$\", \"i\")",
        "REGEX(?o, \"é\")", "REGEX(?o, \"^k\", \"i\")", "REGEX(?o, \"(\")", "CONTAINS(LCASE(?b), \"santé\")",
        "LANG(?b) = \"fr\"", "REGEX(?b, \"^s\", \"i\")",
    ]

    static func rows(_ text: String, _ ds: some QueryableDataset) throws -> Set<[Term?]> {
        guard case .solutions(let t) = try QueryEngine().execute(try SPARQLQuery(text), on: ds) else { return [] }
        return Set(t.rows)
    }

    @Test(arguments: filters)
    func shortcutAgreesWithGeneralPath(filter: String) throws {
        var builder = StoreBuilder()
        for q in Self.data { builder.add(q) }
        let store = builder.build()
        let memory = InMemoryDataset(quads: Self.data)
        let body = "{ ?s <http://x/label> ?o BIND(IF(isLiteral(?o), CONCAT(STR(?o), \"\"), ?o) AS ?b) "
        let fast = "SELECT ?s ?o ?b WHERE \(body) FILTER(\(filter)) }"
        let slow = "SELECT ?s ?o ?b WHERE \(body) FILTER(IF(\(filter), true, false)) }"
        let expected = try Self.rows(slow, memory)
        #expect(try Self.rows(fast, store) == expected)
        #expect(try Self.rows(fast, memory) == expected)
        #expect(try Self.rows(slow, store) == expected)
    }

    @Test func groupCountAndOrderOnIDs() throws {
        var quads = Self.data
        quads.append(Quad(.iri("http://x/s0"), .iri("http://x/when"), .typed("2025-02-23", XSD.date)))
        quads.append(Quad(.iri("http://x/s1"), .iri("http://x/when"), .typed("2024-12-01", XSD.date)))
        quads.append(Quad(.iri("http://x/s2"), .iri("http://x/when"), .typed("2025-02-23", XSD.date)))
        var builder = StoreBuilder()
        for q in quads { builder.add(q) }
        let store = builder.build()
        let grouped = "SELECT ?p (COUNT(?o) AS ?n) (COUNT(DISTINCT ?o) AS ?d) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"
        guard case .solutions(let g) = try QueryEngine().execute(try SPARQLQuery(grouped), on: store) else { Issue.record(); return }
        #expect(g.rows == [[.iri("http://x/label"), .typed("13", XSD.integer), .typed("13", XSD.integer)],
                           [.iri("http://x/when"), .typed("3", XSD.integer), .typed("2", XSD.integer)]])
        let ordered = "SELECT ?s WHERE { ?s <http://x/when> ?d } ORDER BY DESC(?d) ?s LIMIT 2"
        guard case .solutions(let o) = try QueryEngine().execute(try SPARQLQuery(ordered), on: store) else { Issue.record(); return }
        #expect(o.rows == [[.iri("http://x/s0")], [.iri("http://x/s2")]])
    }
}
