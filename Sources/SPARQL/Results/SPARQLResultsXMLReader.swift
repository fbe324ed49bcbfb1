import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RDF

/// Reads the SPARQL Query Results XML Format with Foundation's XMLParser
/// (external entities are never resolved).
public struct SPARQLResultsXMLReader: SPARQLResultsReader {
    public init() {}

    public func read(_ bytes: [UInt8]) throws -> QueryResult {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        let handler = SPARQLResultsXMLHandler()
        parser.delegate = handler
        let ok = parser.parse()
        if let e = handler.error {
            throw SPARQLResultsError.syntax(format: "XML", line: parser.lineNumber, column: parser.columnNumber, message: e)
        }
        guard ok else {
            let message = parser.parserError.map { "not well-formed XML (\($0.localizedDescription))" } ?? "not well-formed XML"
            throw SPARQLResultsError.syntax(format: "XML", line: parser.lineNumber, column: parser.columnNumber, message: message)
        }
        if let b = handler.boolean { return .boolean(b) }
        guard handler.sawResults else {
            throw SPARQLResultsError.syntax(format: "XML", line: 0, column: 0, message: "neither <results> nor <boolean>")
        }
        return .solutions(SolutionTable(variables: handler.variables, rows: handler.rows))
    }
}

/// The XMLParser delegate collecting variables, rows and the boolean.
final class SPARQLResultsXMLHandler: NSObject, XMLParserDelegate {
    var variables: [String] = []
    var rows: [[Term?]] = []
    var boolean: Bool?
    var sawResults = false
    var error: String?

    private var index: [String: Int] = [:]
    private var row: [Term?] = []
    private var bindingName: String?
    private var termKind: String?
    private var datatype: String?
    private var language: String?
    private var text = ""
    private var inBoolean = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard error == nil else { return }
        if let ns = namespaceURI, !ns.isEmpty, ns != SPARQLResultsXMLWriter.namespace {
            return fail(parser, "element <\(name)> is not in the SPARQL results namespace")
        }
        switch name {
        case "sparql", "head", "link": break
        case "variable":
            guard let v = attributes["name"] else { return fail(parser, "<variable> without name") }
            index[v] = variables.count
            variables.append(v)
        case "results": sawResults = true
        case "result": row = [Term?](repeating: nil, count: variables.count)
        case "binding":
            guard let v = attributes["name"] else { return fail(parser, "<binding> without name") }
            guard index[v] != nil else { return fail(parser, "binding of undeclared variable \"\(v)\"") }
            bindingName = v
        case "uri", "bnode", "literal":
            guard bindingName != nil else { return fail(parser, "<\(name)> outside <binding>") }
            termKind = name
            datatype = attributes["datatype"]
            language = attributes["xml:lang"] ?? attributes.first(where: { $0.key.hasSuffix(":lang") || $0.key == "lang" })?.value
            text = ""
        case "boolean": inBoolean = true; text = ""
        default: fail(parser, "unexpected element <\(name)>")
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if termKind != nil || inBoolean { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard error == nil else { return }
        switch name {
        case "uri", "bnode", "literal":
            guard let b = bindingName, let i = index[b] else { return }
            switch name {
            case "uri": row[i] = .iri(text)
            case "bnode": row[i] = .blankNode(text)
            default:
                if let language { row[i] = .langString(text, language) }
                else { row[i] = .typed(text, datatype ?? XSD.string) }
            }
            termKind = nil
        case "binding": bindingName = nil
        case "result": rows.append(row)
        case "boolean":
            inBoolean = false
            let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard t == "true" || t == "false" else { return fail(parser, "<boolean> must be true or false") }
            boolean = t == "true"
        default: break
        }
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        if error == nil { error = message }
        parser.abortParsing()
    }
}
