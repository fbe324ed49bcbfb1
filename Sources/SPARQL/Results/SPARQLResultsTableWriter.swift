import Foundation
import RDF

/// An aligned text table for terminals: a ruled box, one column per variable, terms in SPARQL syntax.
public struct SPARQLResultsTableWriter: SPARQLResultsWriter {
    public init() {}

    public func write(_ result: QueryResult, to out: inout some TextOutputStream) throws {
        switch result {
        case .boolean(let b):
            out.write("\(b)\n")
        case .graph(let triples):
            for t in triples { out.write(t.description); out.write("\n") }
        case .solutions(let table):
            let cells = table.rows.map { row in
                table.variables.indices.map { i in (i < row.count ? row[i] : nil).map(SPARQLTermSyntax.format) ?? "" }
            }
            let header = table.variables.map { "?" + $0 }
            var widths = header.map(\.count)
            for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
            let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
            func line(_ values: [String]) -> String {
                "|" + zip(values, widths).map { v, w in " " + v + String(repeating: " ", count: w - v.count) + " " }
                    .joined(separator: "|") + "|\n"
            }
            out.write(rule)
            out.write(line(header))
            out.write(rule.replacingOccurrences(of: "-", with: "="))
            for row in cells { out.write(line(row)) }
            if !cells.isEmpty { out.write(rule) }
            out.write("\(table.rows.count) row\(table.rows.count == 1 ? "" : "s")\n")
        }
    }
}
