import RDF
import RDFFormats
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct ConversionTests {
    static let turtle = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <http://ex.org/c/1> a skos:Concept ; skos:prefLabel "Emploi"@fr, "Employment"@en ; skos:notation "E1" .
        """

    @Test func compactsJSONLDWithAContextFile() throws {
        let path = "/tmp/lodestat-conversion-context-\(UInt32.random(in: 0...UInt32.max)).jsonld"
        let context = #"{"@context": {"skos": "http://www.w3.org/2004/02/skos/core#", "label": {"@id": "skos:prefLabel", "@container": "@language"}}}"#
        try writeFile(path, context)
        var out = ""
        try RDFConversion(from: .turtle, to: .jsonld, contextFile: path).run(ByteSource(string: Self.turtle), to: &out)
        #expect(out.contains("\"label\""))
        #expect(out.contains("\"skos:Concept\""))
        var original: [Quad] = [], again: [Quad] = []
        try RDFParsing.parse(ByteSource(string: Self.turtle), format: .turtle) { original.append($0) }
        try RDFParsing.parse(ByteSource(string: out), format: .jsonld) { again.append($0) }
        #expect(Isomorphism.areIsomorphic(original, again))
    }

    @Test func refusesNamedGraphsInTripleFormats() throws {
        var out = ""
        #expect(throws: RDFSerializationError.self) {
            try RDFConversion(from: .nquads, to: .turtle)
                .run(ByteSource(string: "<http://a> <http://b> <http://c> <http://g> .\n"), to: &out)
        }
        #expect(out.isEmpty)
    }

    private func writeFile(_ path: String, _ text: String) throws {
        guard let f = fopen(path, "w") else { throw RDFIOError.cannotOpen(path: path, reason: "fopen") }
        fputs(text, f)
        fclose(f)
    }
}
