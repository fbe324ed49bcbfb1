import RDF

/// Reads the SPARQL 1.1 TSV results format: `?var` header, terms in SPARQL syntax, empty = unbound.
public struct SPARQLResultsTSVReader: SPARQLResultsReader {
    public init() {}

    public func read(_ bytes: [UInt8]) throws -> QueryResult {
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let head = lines.first else {
            throw SPARQLResultsError.syntax(format: "TSV", line: 1, column: 1, message: "missing header line")
        }
        var variables: [String] = []
        if !head.isEmpty {
            for v in head.split(separator: "\t", omittingEmptySubsequences: false) {
                guard v.hasPrefix("?") || v.hasPrefix("$"), v.count > 1 else {
                    throw SPARQLResultsError.syntax(format: "TSV", line: 1, column: 1, message: "bad variable \"\(v)\" in header")
                }
                variables.append(String(v.dropFirst()))
            }
        }
        var rows: [[Term?]] = []
        for (n, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if variables.isEmpty && line.isEmpty { rows.append([]); continue }
            guard fields.count == variables.count else {
                throw SPARQLResultsError.syntax(format: "TSV", line: n + 2, column: 1,
                                                message: "\(fields.count) fields, expected \(variables.count)")
            }
            var row: [Term?] = []
            var column = 1
            for f in fields {
                if f.isEmpty { row.append(nil) } else {
                    do { row.append(try SPARQLTermParser.parse(String(f))) } catch let e as SPARQLTermParser.Failure {
                        throw SPARQLResultsError.syntax(format: "TSV", line: n + 2, column: column + e.offset, message: e.message)
                    }
                }
                column += f.count + 1
            }
            rows.append(row)
        }
        return .solutions(SolutionTable(variables: variables, rows: rows))
    }
}
