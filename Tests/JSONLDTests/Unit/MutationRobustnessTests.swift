import RDF
import RDFFormats
import Testing

/// Mutated suite documents (one JSON node replaced by a value of another kind) must be processed
/// or rejected with an error — never crash or hang.
@Suite struct MutationRobustnessTests {
    static let replacements: [JSONValue] = [
        .null, 1, .double(1.5), true, "x", "@id", "@type", "_:b", "http://example.org/",
        .array([]), .object(JSONObject()), .array(["@list"]),
        .object(JSONObject([("@id", 1)])), .object(JSONObject([("@value", .array([]))])),
        .object(JSONObject([("@context", "http://remote.example/ctx")])),
    ]

    /// Every node path of a JSON value, in document order.
    static func paths(_ v: JSONValue, _ prefix: [PathStep] = []) -> [[PathStep]] {
        var out = [prefix]
        switch v {
        case .array(let a): for (i, x) in a.enumerated() { out += paths(x, prefix + [.index(i)]) }
        case .object(let o): for (k, x) in o { out += paths(x, prefix + [.key(k)]) }
        default: break
        }
        return out
    }

    enum PathStep { case index(Int), key(String) }

    static func replacing(_ v: JSONValue, at path: ArraySlice<PathStep>, with r: JSONValue) -> JSONValue {
        guard let step = path.first else { return r }
        switch (v, step) {
        case (.array(var a), .index(let i)) where i < a.count:
            a[i] = replacing(a[i], at: path.dropFirst(), with: r); return .array(a)
        case (.object(var o), .key(let k)):
            if let x = o[k] { o[k] = replacing(x, at: path.dropFirst(), with: r) }
            return .object(o)
        default: return v
        }
    }

    static func inputs() -> [String] {
        guard let entries = try? JSONLDManifest.load("toRdf") else { return ["missing suite"] }
        return entries.filter { !$0.isNegative && $0.input.hasSuffix(".jsonld") }.map(\.input).enumerated()
            .filter { $0.offset % 4 == 0 }.map(\.element)
    }

    @Test(arguments: inputs())
    func mutatedDocumentsNeverCrash(_ input: String) throws {
        let doc = try JSONLDTestRunner.readJSON(input)
        let processor = JSONLDProcessor()
        var options = JSONLDOptions(base: JSONLDManifest.base + input, documentLoader: try JSONLDManifest.loader())
        options.rdfDirection = "compound-literal"
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(input.utf8.count + 1)
        let allPaths = Self.paths(doc)
        for _ in 0..<12 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let path = allPaths[Int(seed >> 33) % allPaths.count]
            let r = Self.replacements[Int((seed >> 17) % UInt64(Self.replacements.count))]
            let mutated = Self.replacing(doc, at: path[...], with: r)
            if let quads = try? processor.toRDF(mutated, options: options) {
                _ = try? processor.fromRDF(quads, options: options)
            }
            _ = try? processor.flatten(mutated, context: mutated["@context"], options: options)
            _ = try? processor.compact(mutated, context: mutated["@context"] ?? .object(JSONObject()), options: options)
        }
    }
}
