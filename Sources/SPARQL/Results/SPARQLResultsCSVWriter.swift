import Foundation
import RDF

/// SPARQL 1.1 Query Results CSV Format (`text/csv`, RFC 4180, CRLF line ends). Lossy by design:
/// IRIs and literals are written as plain strings, blank nodes as `_:label`, unbound as an empty field.
/// An empty literal is written `""` so that it stays distinct from unbound.
public struct SPARQLResultsCSVWriter: SPARQLResultsWriter {
    public init() {}

    public func write(_ result: QueryResult, to out: inout some TextOutputStream) throws {
        guard case .solutions(let table) = result else {
            throw SPARQLResultsError.unsupported(format: "CSV", what: "a non-SELECT result")
        }
        out.write(table.variables.map { Self.field($0) }.joined(separator: ","))
        out.write("\r\n")
        for row in table.rows {
            var fields: [String] = []
            for i in table.variables.indices {
                switch i < row.count ? row[i] : nil {
                case nil: fields.append("")
                case .iri(let v)?: fields.append(Self.field(v))
                case .blankNode(let v)?: fields.append(Self.field("_:" + v))
                case .literal(let l)?: fields.append(l.lexicalForm.isEmpty ? "\"\"" : Self.field(l.lexicalForm))
                }
            }
            out.write(fields.joined(separator: ","))
            out.write("\r\n")
        }
    }

    /// Quotes a field containing a comma, quote, CR or LF, doubling inner quotes.
    static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
