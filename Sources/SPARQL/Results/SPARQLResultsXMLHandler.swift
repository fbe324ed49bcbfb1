import Foundation
import RDF

/// Collects variables, rows and the boolean from the events of a SPARQL results XML document;
/// `start` and `end` return an error message for a document that is not valid results XML.
final class SPARQLResultsXMLHandler {
    var variables: [String] = []
    var rows: [[Term?]] = []
    var boolean: Bool?
    var sawResults = false

    private var index: [String: Int] = [:]
    private var row: [Term?] = []
    private var bindingName: String?
    private var termKind: String?
    private var datatype: String?
    private var language: String?
    private var text = ""
    private var inBoolean = false
    private var inResult = false

    func start(_ name: String, namespace: String?, attributes: [String: String]) -> String? {
        if let ns = namespace, !ns.isEmpty, ns != SPARQLResultsXMLWriter.namespace {
            return "element <\(name)> is not in the SPARQL results namespace"
        }
        switch name {
        case "sparql", "head", "link": break
        case "variable":
            guard let v = attributes["name"] else { return "<variable> without name" }
            guard !sawResults else { return "<variable> after <results>" }
            index[v] = variables.count
            variables.append(v)
        case "results": sawResults = true
        case "result":
            row = [Term?](repeating: nil, count: variables.count)
            inResult = true
        case "binding":
            // Found by fuzzing: a <binding> straight under <results> indexed an empty row.
            guard inResult else { return "<binding> outside <result>" }
            guard let v = attributes["name"] else { return "<binding> without name" }
            guard index[v] != nil else { return "binding of undeclared variable \"\(v)\"" }
            bindingName = v
        case "uri", "bnode", "literal":
            guard bindingName != nil else { return "<\(name)> outside <binding>" }
            termKind = name
            datatype = attributes["datatype"]
            language = attributes["xml:lang"] ?? attributes["lang"]
            text = ""
        case "boolean": inBoolean = true; text = ""
        default: return "unexpected element <\(name)>"
        }
        return nil
    }

    func characters(_ string: String) {
        if termKind != nil || inBoolean { text += string }
    }

    func end(_ name: String) -> String? {
        switch name {
        case "uri", "bnode", "literal":
            guard let b = bindingName, let i = index[b], row.indices.contains(i) else { return nil }
            switch name {
            case "uri": row[i] = .iri(text)
            case "bnode": row[i] = .blankNode(text)
            default:
                if let language { row[i] = .langString(text, language) }
                else { row[i] = .typed(text, datatype ?? XSD.string) }
            }
            termKind = nil
        case "binding": bindingName = nil
        case "result":
            rows.append(row)
            inResult = false
        case "boolean":
            inBoolean = false
            let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard t == "true" || t == "false" else { return "<boolean> must be true or false" }
            boolean = t == "true"
        default: break
        }
        return nil
    }
}
