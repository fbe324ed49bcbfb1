import RDF

/// Reads the SPARQL 1.1 CSV results format (RFC 4180). CSV is lossy: `_:label` gives a blank node,
/// a bare empty field is unbound, a quoted empty field (`""`) is the empty literal, and every other
/// field is a simple literal — IRIs included, since CSV cannot tell them apart.
public struct SPARQLResultsCSVReader: SPARQLResultsReader {
    public init() {}

    public func read(_ bytes: [UInt8]) throws -> QueryResult {
        let records = try Self.records(String(decoding: bytes, as: UTF8.self))
        guard let header = records.first else {
            throw SPARQLResultsError.syntax(format: "CSV", line: 1, column: 1, message: "missing header line")
        }
        let variables = header.map(\.text)
        var rows: [[Term?]] = []
        for (n, record) in records.dropFirst().enumerated() {
            if record.count == 1 && record[0].text.isEmpty && !record[0].quoted && variables.count != 1 { continue }
            guard record.count == variables.count else {
                throw SPARQLResultsError.syntax(format: "CSV", line: n + 2, column: 1,
                                                message: "\(record.count) fields, expected \(variables.count)")
            }
            rows.append(record.map { f in
                if f.text.isEmpty { return f.quoted ? .string("") : nil }
                if !f.quoted && f.text.hasPrefix("_:") { return .blankNode(String(f.text.dropFirst(2))) }
                return .string(f.text)
            })
        }
        return .solutions(SolutionTable(variables: variables, rows: rows))
    }

    struct Field { var text: String; var quoted: Bool }

    /// Splits RFC 4180 text into records of fields (CRLF or LF line ends).
    static func records(_ text: String) throws -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        var field = "", quoted = false, inQuotes = false, line = 1, column = 0
        var it = Array(text.unicodeScalars)[...]
        func endField() { record.append(Field(text: field, quoted: quoted)); field = ""; quoted = false }
        while let c = it.popFirst() {
            column += 1
            if inQuotes {
                if c == "\"" {
                    if it.first == "\"" { field.unicodeScalars.append("\""); it = it.dropFirst() } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1; column = 0 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty && !quoted else {
                    throw SPARQLResultsError.syntax(format: "CSV", line: line, column: column, message: "stray quote")
                }
                inQuotes = true; quoted = true
            case ",": endField()
            case "\r" where it.first == "\n": break
            case "\n":
                endField(); records.append(record); record = []
                line += 1; column = 0
            default: field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw SPARQLResultsError.syntax(format: "CSV", line: line, column: column, message: "unterminated quoted field") }
        if !field.isEmpty || quoted || !record.isEmpty { endField(); records.append(record) }
        return records
    }
}
