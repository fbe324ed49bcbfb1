import RDF
import RDFFormats
import W3CTestSuite

/// One entry of a JSON-LD API test manifest (`*-manifest.jsonld`).
struct JSONLDTestEntry: Sendable, CustomStringConvertible {
    var manifest: String
    var id: String
    var name: String
    var types: [String]
    var input: String
    var expect: String?
    var context: String?
    var expectErrorCode: String?
    var option: JSONObject

    var description: String { "\(manifest)\(id) \(name)" }
    /// The entry's key in skip lists, e.g. "expand#t0001".
    var key: String { manifest + id }
    var isNegative: Bool { types.contains("jld:NegativeEvaluationTest") }
    var isSyntaxOnly: Bool { types.contains("jld:PositiveSyntaxTest") }

    func optionString(_ k: String) -> String? { option[k]?.stringValue }
    func optionBool(_ k: String) -> Bool? { option[k]?.boolValue }
}

enum JSONLDManifest {
    static let base = ConformanceSuite.jsonldTestsBase

    static func folder() throws -> String { try ConformanceSuite.root() + "/jsonld/tests/" }

    /// A document loader that maps the suite's IRIs onto the local folder and nothing else.
    static func loader() throws -> JSONLDDocumentLoader {
        JSONLDDocumentLoader(prefixes: [base: try folder()])
    }

    static func load(_ name: String) throws -> [JSONLDTestEntry] {
        let path = try folder() + name + "-manifest.jsonld"
        let doc = try JSONParser(file: path).parse(try ByteSource(path: path).readAll())
        guard case .array(let sequence)? = doc["sequence"] else {
            throw ConformanceSuite.SuiteError.badManifest("\(path) has no sequence")
        }
        return sequence.compactMap { item -> JSONLDTestEntry? in
            guard case .object(let o) = item, let id = o["@id"]?.stringValue,
                  let input = o["input"]?.stringValue else { return nil }
            return JSONLDTestEntry(
                manifest: name, id: id, name: o["name"]?.stringValue ?? id,
                types: (o["@type"] ?? .null).asArray.compactMap(\.stringValue),
                input: input, expect: o["expect"]?.stringValue, context: o["context"]?.stringValue,
                expectErrorCode: o["expectErrorCode"]?.stringValue, option: o["option"]?.objectValue ?? JSONObject())
        }
    }

    /// Entries for `@Test(arguments:)`; a missing suite yields one entry that fails when run.
    static func entries(_ name: String) -> [JSONLDTestEntry] {
        do { return try load(name) } catch {
            return [JSONLDTestEntry(manifest: name, id: "#missing", name: "suite missing: \(error)", types: [],
                                    input: "", option: JSONObject())]
        }
    }
}
