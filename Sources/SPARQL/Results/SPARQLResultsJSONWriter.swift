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
                    Self.writeQuoted(v, to: &out)
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
        case .iri(let v):
            out.write("{ \"type\": \"uri\", \"value\": ")
            writeQuoted(v, to: &out)
        case .blankNode(let v):
            out.write("{ \"type\": \"bnode\", \"value\": ")
            writeQuoted(v, to: &out)
        case .literal(let l):
            out.write("{ \"type\": \"literal\", \"value\": ")
            writeQuoted(l.lexicalForm, to: &out)
            if let lang = l.language {
                out.write(", \"xml:lang\": ")
                writeQuoted(lang, to: &out)
            } else if l.datatype != XSD.string {
                out.write(", \"datatype\": ")
                writeQuoted(l.datatype, to: &out)
            }
        }
        out.write(" }")
    }

    /// Writes `s` as a JSON string literal, without building the quoted copy when nothing needs escaping.
    static func writeQuoted(_ s: String, to out: inout some TextOutputStream) {
        if JSONEscaping.needsEscaping(s, escapeLineSeparators: true) {
            out.write(quote(s))
        } else {
            out.write("\"")
            out.write(s)
            out.write("\"")
        }
    }

    /// A JSON string literal.
    static func quote(_ s: String) -> String {
        JSONEscaping.quoted(s, escapeLineSeparators: true)
    }
}
