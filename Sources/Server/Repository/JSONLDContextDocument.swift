import Foundation
import RDF
import RDFFormats

/// The project's JSON-LD context (`Ontologies/context.jsonld`), with the default base rewritten to
/// the served one, published at `/context.jsonld` and used to compact every JSON-LD answer.
public struct JSONLDContextDocument: Sendable {
    /// The published document (`{"@context": {...}}`).
    public let document: JSONValue
    /// The value of its `@context` member, used to compact.
    public let context: JSONValue
    /// The document as text.
    public let text: String

    public init(json: String, base: String, defaultBase: String = "http://localhost:8080/") throws {
        let rewritten = base == defaultBase ? json : json.replacingOccurrences(of: defaultBase, with: base)
        document = try JSONParser().parse(rewritten)
        context = document["@context"] ?? .object(JSONObject())
        text = JSONWriter.write(document, options: .init(pretty: true, sortKeys: true)) + "\n"
    }

    /// Compacts `quads` with the context and replaces the embedded context by `contextURL`.
    public func compact(_ quads: [Quad], contextURL: String) throws -> JSONValue {
        let compacted = try JSONLDSerializer(context: context).document(quads)
        guard case .object(let object) = compacted else { return compacted }
        var members: [(String, JSONValue)] = [("@context", .string(contextURL))]
        for (k, v) in object where k != "@context" { members.append((k, v)) }
        return .object(JSONObject(members))
    }
}

