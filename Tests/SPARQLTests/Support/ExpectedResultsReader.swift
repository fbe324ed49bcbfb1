// Test support: reads the expected results of the W3C suite: .srx/.srj through the engine's
// result readers, graphs through the RDF parsers.
import RDF
import RDFFormats
import SPARQL

enum ExpectedResultsReader {
    enum Failure: Error { case unreadable(String) }

    static func read(path: String, baseIRI: String) throws -> QueryResult {
        let bytes = try ByteSource(path: path).readAll()
        if path.hasSuffix(".srx") { return try SPARQLResultsXMLReader().read(bytes) }
        if path.hasSuffix(".srj") { return try SPARQLResultsJSONReader().read(bytes) }
        guard let format = RDFFormat(fileName: path) else { throw Failure.unreadable("no reader for \(path)") }
        var triples: [Triple] = []
        try RDFParsing.parse(ByteSource(bytes: bytes, name: path), format: format, base: baseIRI) { triples.append($0.triple) }
        return .graph(triples)
    }
}

/// The W3C result-set vocabulary (`rs:`), in which some expected results are written as RDF graphs.
enum ResultSetGraph {
    static let rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"

    /// The solutions or boolean a `rs:ResultSet` graph describes, or nil when the graph is not one.
    static func decode(_ triples: [Triple]) -> QueryResult? {
        var index: [Term: [String: [Term]]] = [:]
        for t in triples { if case .iri(let p) = t.predicate { index[t.subject, default: [:]][p, default: []].append(t.object) } }
        guard let set = index.first(where: { $0.value[RDFVocabulary.type]?.contains(.iri(rs + "ResultSet")) ?? false })?.key
        else { return nil }
        let props = index[set] ?? [:]
        if let b = props[rs + "boolean"]?.first?.literalValue { return .boolean(b.lexicalForm == "true") }
        let vars = (props[rs + "resultVariable"] ?? []).compactMap { $0.literalValue?.lexicalForm }
        var rows: [(Int, [Term?])] = []
        for (n, solution) in (props[rs + "solution"] ?? []).enumerated() {
            var row = [Term?](repeating: nil, count: vars.count)
            for binding in index[solution]?[rs + "binding"] ?? [] {
                guard let name = index[binding]?[rs + "variable"]?.first?.literalValue?.lexicalForm,
                      let value = index[binding]?[rs + "value"]?.first, let i = vars.firstIndex(of: name) else { continue }
                row[i] = value
            }
            let position = index[solution]?[rs + "index"]?.first?.literalValue.flatMap { Int($0.lexicalForm) } ?? n
            rows.append((position, row))
        }
        return .solutions(SolutionTable(variables: vars, rows: rows.sorted { $0.0 < $1.0 }.map(\.1)))
    }
}
