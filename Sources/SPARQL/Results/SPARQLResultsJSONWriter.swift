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
        if needsEscape(s) {
            out.write(quote(s))
        } else {
            out.write("\"")
            out.write(s)
            out.write("\"")
        }
    }

    /// True when `s` has a character JSON escapes here (controls, `"`, `\\`, U+2028/9, led by 0xE2).
    static func needsEscape(_ s: String) -> Bool {
        s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
    }

    /// A JSON string literal.
    static func quote(_ s: String) -> String {
        // Most IRIs and labels need no escape: copy them whole. 0xE2 leads U+2028 and U+2029.
        if !needsEscape(s) { return "\"" + s + "\"" }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if c.value < 0x20 {
                    let h = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
