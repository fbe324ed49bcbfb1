import RDF
import RDFFormats
import Testing
import W3CTestSuite

/// parse → serialize → parse gives an isomorphic graph, over every positive W3C RDF/XML file.
@Suite struct RDFXMLRoundTripTests {
    static func positiveEntries() -> [ManifestEntry] {
        W3CRDFXMLSuiteTests.entries().filter { $0.typeName == "TestXMLEval" }
    }

    @Test func thereArePositiveEntries() {
        #expect(Self.positiveEntries().count > 100)
    }

    @Test(arguments: positiveEntries())
    func roundTrip(_ entry: ManifestEntry) throws {
        let base = try #require(entry.action?.iriValue)
        let path = try #require(entry.actionPath)
        let original = try RDFXMLParser(base: base).parseTriples(try ByteSource(path: path))
        for serializerBase in [nil, base] {
            let xml = try RDFXMLSerializer(prefixes: ["ex": "http://example.org/"], base: serializerBase).serialize(original)
            let reparsed = try RDFXMLParser(base: base).parseTriples(ByteSource(string: xml, name: "round-trip.rdf"))
            #expect(Isomorphism.areIsomorphic(original, reparsed),
                    "\(entry.name) (base \(serializerBase ?? "none")):\n\(xml)\n\(W3CRDFXMLSuiteTests.dump(reparsed))")
        }
    }
}
