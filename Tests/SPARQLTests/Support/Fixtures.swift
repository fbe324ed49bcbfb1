import RDF
import RDFFormats
import SPARQL

/// Small datasets written in TriG for the engine's unit tests.
enum Fixtures {
    static func dataset(_ trig: String) throws -> InMemoryDataset {
        var ds = InMemoryDataset()
        let text = "@prefix : <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n" + trig
        try RDFParsing.parse(ByteSource(string: text), format: .trig, base: "http://example.org/") { ds.insert($0) }
        return ds
    }

    static func select(_ query: String, on ds: InMemoryDataset, options: QueryOptions = QueryOptions(),
                       engine: QueryEngine = QueryEngine()) throws -> SolutionTable {
        let q = try SPARQLQuery("PREFIX : <http://example.org/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + query)
        guard case .solutions(let table) = try engine.execute(q, on: ds, options: options) else {
            throw FixtureError.notSolutions
        }
        return table
    }

    /// Each row rendered as `var=value` pairs (sorted), rows sorted: easy to compare as a multiset.
    static func rows(_ t: SolutionTable) -> [String] {
        t.bindings.map { row in
            row.sorted { $0.key < $1.key }.map { "\($0.key)=\(short($0.value))" }.joined(separator: " ")
        }.sorted()
    }

    /// Rows in result order.
    static func orderedRows(_ t: SolutionTable) -> [String] {
        t.bindings.map { row in
            row.sorted { $0.key < $1.key }.map { "\($0.key)=\(short($0.value))" }.joined(separator: " ")
        }
    }

    static func short(_ t: Term) -> String {
        switch t {
        case .iri(let i) where i.hasPrefix("http://example.org/"): return ":" + i.dropFirst(19)
        case .literal(let l) where l.datatype == XSD.integer: return l.lexicalForm
        case .literal(let l) where l.isPlainString: return "\"\(l.lexicalForm)\""
        default: return t.description
        }
    }

    enum FixtureError: Error { case notSolutions }
}
