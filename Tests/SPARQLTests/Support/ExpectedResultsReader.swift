// Test support: reads the expected results of the W3C suite (.srx, .srj, graphs).
// TEMPORARY: the .srx/.srj parts move to the result readers of the `sparql-functions`
// branch (SPARQLResultsXMLReader / SPARQLResultsJSONReader) once they land.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RDF
import RDFFormats
import SPARQL

enum ExpectedResultsReader {
    enum Failure: Error { case unreadable(String) }

    static func read(path: String, baseIRI: String) throws -> QueryResult {
        if path.hasSuffix(".srx") { return try readXML(path) }
        if path.hasSuffix(".srj") { return try readJSON(path) }
        guard let format = RDFFormat(fileName: path) else { throw Failure.unreadable("no reader for \(path)") }
        var triples: [Triple] = []
        try RDFParsing.parse(try ByteSource(path: path), format: format, base: baseIRI) { triples.append($0.triple) }
        return .graph(triples)
    }

    static func readJSON(_ path: String) throws -> QueryResult {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw Failure.unreadable(path) }
        if let b = root["boolean"] as? Bool { return .boolean(b) }
        let vars = ((root["head"] as? [String: Any])?["vars"] as? [String]) ?? []
        let bindings = ((root["results"] as? [String: Any])?["bindings"] as? [[String: Any]]) ?? []
        var rows: [[Term?]] = []
        for b in bindings {
            rows.append(vars.map { v in
                guard let t = b[v] as? [String: Any], let type = t["type"] as? String, let value = t["value"] as? String else { return nil }
                switch type {
                case "uri": return .iri(value)
                case "bnode": return .blankNode(value)
                default:
                    if let lang = t["xml:lang"] as? String { return .langString(value, lang) }
                    if let dt = t["datatype"] as? String { return .typed(value, dt) }
                    return .string(value)
                }
            })
        }
        return .solutions(SolutionTable(variables: vars, rows: rows))
    }

    static func readXML(_ path: String) throws -> QueryResult {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let delegate = SRXDelegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw Failure.unreadable(path) }
        if let b = delegate.boolean { return .boolean(b) }
        let rows = delegate.rows.map { row in delegate.variables.map { row[$0] } }
        return .solutions(SolutionTable(variables: delegate.variables, rows: rows))
    }

    final class SRXDelegate: NSObject, XMLParserDelegate {
        var variables: [String] = []
        var rows: [[String: Term]] = []
        var boolean: Bool?
        private var current: [String: Term]?
        private var binding: String?
        private var kind: String?
        private var lang: String?
        private var datatype: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            text = ""
            switch name {
            case "variable": if let n = attributes["name"] { variables.append(n) }
            case "result": current = [:]
            case "binding": binding = attributes["name"]
            case "uri", "bnode", "literal":
                kind = name
                lang = attributes["xml:lang"]
                datatype = attributes["datatype"]
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "boolean": boolean = text.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
            case "uri", "bnode", "literal":
                guard let binding else { break }
                let t: Term
                if name == "uri" { t = .iri(text) }
                else if name == "bnode" { t = .blankNode(text) }
                else if let lang { t = .langString(text, lang) }
                else if let datatype { t = .typed(text, datatype) }
                else { t = .string(text) }
                current?[binding] = t
            case "result": if let current { rows.append(current) }; current = nil
            default: break
            }
        }
    }
}

/// The W3C result-set vocabulary (`rs:`), in which some expected results are written as RDF graphs.
enum ResultSetGraph {
    static let rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"

    /// The solutions or boolean a `rs:ResultSet` graph describes, or nil when the graph is not one.
    static func decode(_ triples: [Triple]) -> QueryResult? {
        var index: [Term: [String: [Term]]] = [:]
        for t in triples { if case .iri(let p) = t.predicate { index[t.subject, default: [:]][p, default: []].append(t.object) } }
        guard let set = index.first(where: { $0.value[RDFVocabulary.type]?.contains(.iri(rs + "ResultSet")) ?? false })?.key
        else { return nil }
        let props = index[set] ?? [:]
        if let b = props[rs + "boolean"]?.first?.literalValue { return .boolean(b.lexicalForm == "true") }
        let vars = (props[rs + "resultVariable"] ?? []).compactMap { $0.literalValue?.lexicalForm }
        var rows: [(Int, [Term?])] = []
        for (n, solution) in (props[rs + "solution"] ?? []).enumerated() {
            var row = [Term?](repeating: nil, count: vars.count)
            for binding in index[solution]?[rs + "binding"] ?? [] {
                guard let name = index[binding]?[rs + "variable"]?.first?.literalValue?.lexicalForm,
                      let value = index[binding]?[rs + "value"]?.first, let i = vars.firstIndex(of: name) else { continue }
                row[i] = value
            }
            let position = index[solution]?[rs + "index"]?.first?.literalValue.flatMap { Int($0.lexicalForm) } ?? n
            rows.append((position, row))
        }
        return .solutions(SolutionTable(variables: vars, rows: rows.sorted { $0.0 < $1.0 }.map(\.1)))
    }
}
