import RDF

/// SPARQL 1.1 Query Results JSON Format (`application/sparql-results+json`), one binding per line.
public struct SPARQLResultsJSONWriter: SPARQLResultsWriter {
    public init() {}

    public func write(_ result: QueryResult, to out: inout some TextOutputStream) throws {
        switch result {
        case .boolean(let b):
            out.write("{\n  \"head\": {},\n  \"boolean\": \(b)\n}\n")
        case .graph:
            throw SPARQLResultsError.unsupported(format: "JSON", what: "a graph")
        case .solutions(let table):
            out.write("{\n  \"head\": { \"vars\": [")
            out.write(table.variables.map { Self.quote($0) }.joined(separator: ", "))
            out.write("] },\n  \"results\": { \"bindings\": [")
            var firstRow = true
            for row in table.rows {
                out.write(firstRow ? "\n    {" : ",\n    {")
                firstRow = false
                var first = true
                for (i, v) in table.variables.enumerated() where i < row.count {
                    guard let term = row[i] else { continue }
                    out.write(first ? " " : ", ")
                    first = false
                    out.write(Self.quote(v))
                    out.write(": ")
                    Self.writeTerm(term, to: &out)
                }
                out.write(first ? "}" : " }")
            }
            out.write(firstRow ? "] }\n}\n" : "\n  ] }\n}\n")
        }
    }

    static func writeTerm(_ term: Term, to out: inout some TextOutputStream) {
        switch term {
        case .iri(let v): out.write("{ \"type\": \"uri\", \"value\": \(quote(v)) }")
        case .blankNode(let v): out.write("{ \"type\": \"bnode\", \"value\": \(quote(v)) }")
        case .literal(let l):
            out.write("{ \"type\": \"literal\", \"value\": \(quote(l.lexicalForm))")
            if let lang = l.language { out.write(", \"xml:lang\": \(quote(lang))") }
            else if l.datatype != XSD.string { out.write(", \"datatype\": \(quote(l.datatype))") }
            out.write(" }")
        }
    }

    /// A JSON string literal.
    static func quote(_ s: String) -> String {
        JSONEscaping.quoted(s, escapeLineSeparators: true)
    }
}
