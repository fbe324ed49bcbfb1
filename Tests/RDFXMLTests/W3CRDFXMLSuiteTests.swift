import RDF
import RDFFormats
import Testing
import W3CTestSuite

/// The W3C RDF 1.1 RDF/XML suite, one test case per manifest entry.
@Suite struct W3CRDFXMLSuiteTests {
    static let manifest = "rdf/rdf11/rdf-xml/manifest.ttl"
    /// Entries skipped, each with its reason (none at present).
    static let skipped: [String: String] = [:]

    static func entries() -> [ManifestEntry] { (try? Manifest.load(w3cRelativePath: manifest)) ?? [] }

    @Test func suiteIsPresent() throws {
        let loaded = try Manifest.load(w3cRelativePath: Self.manifest)
        #expect(loaded.count > 150, "the RDF/XML manifest has only \(loaded.count) entries")
    }

    @Test(arguments: entries())
    func rdfXML(_ entry: ManifestEntry) throws {
        if let reason = Self.skipped[entry.id] {
            print("skipped \(entry.name): \(reason)")
            return
        }
        let actionIRI = try #require(entry.action?.iriValue)
        let path = try #require(entry.actionPath)
        switch entry.typeName {
        case "TestXMLNegativeSyntax":
            #expect(throws: RDFSyntaxError.self, "\(entry.name) must be rejected") {
                _ = try RDFXMLParser(base: actionIRI).parseTriples(try ByteSource(path: path))
            }
        case "TestXMLEval":
            let actual = try RDFXMLParser(base: actionIRI).parseTriples(try ByteSource(path: path))
            let resultPath = try #require(entry.resultPath)
            var expected: [Triple] = []
            try NTriplesParser().parse(try ByteSource(path: resultPath)) { expected.append($0.triple) }
            #expect(Isomorphism.areIsomorphic(actual, expected),
                    "\(entry.name): not isomorphic\nactual:\n\(Self.dump(actual))\nexpected:\n\(Self.dump(expected))")
        default:
            Issue.record("unknown test type \(entry.type) for \(entry.name)")
        }
    }

    static func dump(_ triples: [Triple]) -> String {
        triples.map(\.description).sorted().joined(separator: "\n")
    }
}
