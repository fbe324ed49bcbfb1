import RDF
import SPARQL

extension FuzzHarness {
    /// A few triples for parsed queries to run against: enough for joins, paths, OPTIONAL and
    /// aggregates to produce rows.
    static let dataset: InMemoryDataset = {
        let ex = "http://example.org/"
        func iri(_ s: String) -> Term { .iri(ex + s) }
        var triples: [Triple] = []
        for i in 0..<6 {
            triples.append(Triple(iri("s\(i)"), iri("p"), iri("s\((i + 1) % 6)")))
            triples.append(Triple(iri("s\(i)"), iri("label"), .literal(Literal("label \(i)", language: i % 2 == 0 ? "en" : "fr"))))
            triples.append(Triple(iri("s\(i)"), iri("value"), .literal(Literal("\(i)", datatype: XSD.integer))))
        }
        return InMemoryDataset(triples: triples)
    }()

    /// The options queries run under: a short time budget and few rows, so a fuzzed query
    /// that is merely expensive ends with an error, not a libFuzzer timeout.
    static let queryOptions = QueryOptions(timeout: .milliseconds(250), maxRows: 1_000, maxDescribeTriples: 100,
                                           maxIntermediateRows: 10_000)

    /// Parses a SPARQL query; when it parses, explains it and evaluates it over `dataset`, and
    /// writes the result in every results format.
    public static func sparql(_ data: UnsafeRawBufferPointer) {
        guard let query = try? SPARQLQuery(text(data), baseIRI: base) else { return }
        let engine = QueryEngine()
        _ = engine.explain(query, on: dataset)
        guard let result = try? engine.execute(query, on: dataset, options: queryOptions) else { return }
        if case .graph = result { return }
        for format in SPARQLResultsFormat.allCases {
            _ = try? format.writer.string(result)
        }
    }

    public static func resultsJSON(_ data: UnsafeRawBufferPointer) { readResults(data, SPARQLResultsJSONReader()) }
    public static func resultsXML(_ data: UnsafeRawBufferPointer) { readResults(data, SPARQLResultsXMLReader()) }
    public static func resultsCSV(_ data: UnsafeRawBufferPointer) { readResults(data, SPARQLResultsCSVReader()) }
    public static func resultsTSV(_ data: UnsafeRawBufferPointer) { readResults(data, SPARQLResultsTSVReader()) }

    /// Reads a results document; what reads is written back as SPARQL JSON.
    static func readResults(_ data: UnsafeRawBufferPointer, _ reader: some SPARQLResultsReader) {
        guard let result = try? reader.read(bytes(data)) else { return }
        _ = try? SPARQLResultsFormat.json.writer.string(result)
    }
}
