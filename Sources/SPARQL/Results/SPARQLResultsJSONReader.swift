import Foundation
import RDF

/// Reads the SPARQL 1.1 Query Results JSON Format.
public struct SPARQLResultsJSONReader: SPARQLResultsReader {
    public init() {}

    private struct Document: Decodable {
        var head: Head?
        var results: Results?
        var boolean: Bool?
    }
    private struct Head: Decodable { var vars: [String]? }
    private struct Results: Decodable { var bindings: [[String: JSONTerm]] }
    private struct JSONTerm: Decodable {
        var type: String
        var value: String
        var datatype: String?
        var lang: String?
        enum CodingKeys: String, CodingKey { case type, value, datatype, lang = "xml:lang" }
    }

    public func read(_ bytes: [UInt8]) throws -> QueryResult {
        let doc: Document
        do {
            doc = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context) {
            throw syntax("invalid JSON: \(context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, context) {
            throw syntax("missing \"\(key.stringValue)\" at \(path(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw syntax("unexpected value at \(path(context.codingPath))")
        } catch {
            throw syntax("invalid JSON")
        }
        if let b = doc.boolean { return .boolean(b) }
        guard let results = doc.results else { throw syntax("neither \"results\" nor \"boolean\"") }
        let variables = doc.head?.vars ?? []
        var index: [String: Int] = [:]
        for (i, v) in variables.enumerated() { index[v] = i }
        var rows: [[Term?]] = []
        rows.reserveCapacity(results.bindings.count)
        for (n, binding) in results.bindings.enumerated() {
            var row = [Term?](repeating: nil, count: variables.count)
            for (name, t) in binding {
                guard let i = index[name] else { throw syntax("binding \(n + 1) uses \"\(name)\", which is not in head.vars") }
                row[i] = try term(t, n)
            }
            rows.append(row)
        }
        return .solutions(SolutionTable(variables: variables, rows: rows))
    }

    private func term(_ t: JSONTerm, _ n: Int) throws -> Term {
        switch t.type {
        case "uri": return .iri(t.value)
        case "bnode": return .blankNode(t.value)
        case "literal", "typed-literal":
            if let lang = t.lang { return .langString(t.value, lang) }
            return .typed(t.value, t.datatype ?? XSD.string)
        default: throw syntax("binding \(n + 1): unknown term type \"\(t.type)\"")
        }
    }

    private func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }

    private func syntax(_ message: String) -> SPARQLResultsError {
        .syntax(format: "JSON", line: 0, column: 0, message: message)
    }
}
