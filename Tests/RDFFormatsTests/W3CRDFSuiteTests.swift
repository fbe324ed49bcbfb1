import RDF
import RDFFormats
import Testing
import W3CTestSuite

/// The W3C RDF 1.1 N-Triples, N-Quads, Turtle and TriG suites, one test case per manifest entry.
@Suite struct W3CRDFSuiteTests {
    /// Entries skipped, each with its reason (none at present).
    static let skipped: [String: String] = [:]

    static func entries(_ path: String) -> [ManifestEntry] {
        (try? Manifest.load(w3cRelativePath: path)) ?? []
    }

    @Test func suitesArePresent() throws {
        for path in ["rdf/rdf11/rdf-n-triples/manifest.ttl", "rdf/rdf11/rdf-n-quads/manifest.ttl",
                     "rdf/rdf11/rdf-turtle/manifest.ttl", "rdf/rdf11/rdf-trig/manifest.ttl"] {
            let loaded = try Manifest.load(w3cRelativePath: path)
            #expect(loaded.count > 60, "\(path) has only \(loaded.count) entries")
        }
    }

    @Test(arguments: entries("rdf/rdf11/rdf-n-triples/manifest.ttl"))
    func nTriples(_ entry: ManifestEntry) throws { try W3CRDFRunner.run(entry) }

    @Test(arguments: entries("rdf/rdf11/rdf-n-quads/manifest.ttl"))
    func nQuads(_ entry: ManifestEntry) throws { try W3CRDFRunner.run(entry) }

    @Test(arguments: entries("rdf/rdf11/rdf-turtle/manifest.ttl"))
    func turtle(_ entry: ManifestEntry) throws { try W3CRDFRunner.run(entry) }

    @Test(arguments: entries("rdf/rdf11/rdf-trig/manifest.ttl"))
    func trig(_ entry: ManifestEntry) throws { try W3CRDFRunner.run(entry) }
}

/// Runs one RDF syntax or evaluation test.
enum W3CRDFRunner {
    static func parse(_ path: String, format: RDFFormat, base: String) throws -> [Quad] {
        var out: [Quad] = []
        try RDFParsing.parse(try ByteSource(path: path), format: format, base: base) { out.append($0) }
        return out
    }

    static func formatOf(_ type: String) -> RDFFormat? {
        if type.contains("NTriples") { return .ntriples }
        if type.contains("NQuads") { return .nquads }
        if type.contains("Turtle") { return .turtle }
        if type.contains("Trig") { return .trig }
        if type.contains("XML") { return .rdfxml }
        return nil
    }

    static func run(_ entry: ManifestEntry) throws {
        if let reason = W3CRDFSuiteTests.skipped[entry.id] {
            print("skipped \(entry.name): \(reason)")
            return
        }
        let type = entry.typeName
        let format = try #require(formatOf(type), "unknown test type \(entry.type)")
        let actionIRI = try #require(entry.action?.iriValue)
        let path = try #require(entry.actionPath)
        if type.contains("Negative") {
            #expect(throws: (any Error).self, "\(entry.name) must be rejected") {
                _ = try parse(path, format: format, base: actionIRI)
            }
            return
        }
        let actual = try parse(path, format: format, base: actionIRI)
        if type.hasSuffix("Eval") {
            let resultPath = try #require(entry.resultPath)
            let resultFormat: RDFFormat = format.supportsDatasets ? .nquads : .ntriples
            let expected = try parse(resultPath, format: resultFormat, base: entry.result!.iriValue!)
            #expect(Isomorphism.areIsomorphic(actual, expected),
                    "\(entry.name): not isomorphic\nactual:\n\(actual.map(\.description).sorted().joined(separator: "\n"))\nexpected:\n\(expected.map(\.description).sorted().joined(separator: "\n"))")
        }
    }
}
