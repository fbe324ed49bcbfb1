import RDF

/// SPARQL 1.1 Query Results TSV Format (`text/tab-separated-values`): a `?var` header line, then
/// one line per solution with terms in SPARQL/Turtle syntax (numbers abbreviated), unbound empty.
public struct SPARQLResultsTSVWriter: SPARQLResultsWriter {
    public init() {}

    public func write(_ result: QueryResult, to out: inout some TextOutputStream) throws {
        guard case .solutions(let table) = result else {
            throw SPARQLResultsError.unsupported(format: "TSV", what: "a non-SELECT result")
        }
        out.write(table.variables.map { "?" + $0 }.joined(separator: "\t"))
        out.write("\n")
        for row in table.rows {
            out.write(table.variables.indices.map { i in
                (i < row.count ? row[i] : nil).map(SPARQLTermSyntax.format) ?? ""
            }.joined(separator: "\t"))
            out.write("\n")
        }
    }
}
