import RDF
import RDFFormats
import Testing

@Suite struct RDFXMLSerializerTests {
    static let ex = "http://example.org/"
    static func iri(_ s: String) -> Term { .iri(ex + s) }

    static func reparse(_ xml: String) throws -> [Triple] {
        try RDFXMLParser().parseTriples(ByteSource(string: xml))
    }

    @Test func writesPrefixesLanguageAndDatatype() throws {
        let triples = [
            Triple(Self.iri("s"), Self.iri("label"), .langString("Indice des prix", "fr")),
            Triple(Self.iri("s"), Self.iri("count"), .typed("42", XSD.integer)),
            Triple(Self.iri("s"), .iri("http://other.example/vocab#p"), .string("a < b & c\r\n")),
            Triple(Self.iri("s"), .iri(RDFVocabulary.type), Self.iri("Series")),
        ]
        let xml = try RDFXMLSerializer(prefixes: ["ex": Self.ex]).serialize(triples)
        #expect(xml.contains("xmlns:ex=\"http://example.org/\""))
        #expect(xml.contains("xmlns:ns1=\"http://other.example/vocab#\""))
        #expect(xml.contains("<ex:label xml:lang=\"fr\">Indice des prix</ex:label>"))
        #expect(xml.contains("rdf:datatype=\"http://www.w3.org/2001/XMLSchema#integer\""))
        #expect(xml.contains("<rdf:type rdf:resource=\"http://example.org/Series\"/>"))
        #expect(Set(try Self.reparse(xml)) == Set(triples))
    }

    @Test func nestsBlankNodesReferencedOnceAndNamesTheOthers() throws {
        let once = Term.blankNode("once"), twice = Term.blankNode("twice")
        let triples = [
            Triple(Self.iri("s"), Self.iri("p"), once),
            Triple(once, Self.iri("q"), .string("inner")),
            Triple(Self.iri("s"), Self.iri("p"), twice),
            Triple(Self.iri("t"), Self.iri("p"), twice),
            Triple(twice, Self.iri("q"), .string("shared")),
        ]
        let xml = try RDFXMLSerializer(prefixes: ["ex": Self.ex]).serialize(triples)
        #expect(xml.contains("rdf:parseType=\"Resource\""))
        #expect(xml.contains("rdf:nodeID="))
        #expect(Isomorphism.areIsomorphic(try Self.reparse(xml), triples))
    }

    @Test func blankNodeCyclesAreWritten() throws {
        let a = Term.blankNode("a"), b = Term.blankNode("b")
        let triples = [Triple(a, Self.iri("next"), b), Triple(b, Self.iri("next"), a), Triple(a, Self.iri("self"), a)]
        let xml = try RDFXMLSerializer().serialize(triples)
        #expect(Isomorphism.areIsomorphic(try Self.reparse(xml), triples))
    }

    @Test func relativizesAgainstTheBase() throws {
        let triples = [Triple(Self.iri("doc#s"), Self.iri("p"), Self.iri("doc#o"))]
        let xml = try RDFXMLSerializer(base: Self.ex + "doc").serialize(triples)
        #expect(xml.contains("xml:base=\"http://example.org/doc\""))
        #expect(xml.contains("rdf:about=\"#s\""))
        #expect(try Self.reparse(xml) == triples)
    }

    @Test func refusesPredicatesWithoutAnXMLLocalName() {
        #expect(throws: RDFSerializationError.self) {
            try RDFXMLSerializer().serialize([Triple(Self.iri("s"), .iri("http://example.org/123"), .string("x"))])
        }
        #expect(throws: RDFSerializationError.self) {
            try RDFXMLSerializer().serialize([Triple(Self.iri("s"), .iri(RDFVocabulary.li), .string("x"))])
        }
    }

    @Test func refusesCharactersXMLCannotCarry() {
        #expect(throws: RDFSerializationError.self) {
            try RDFXMLSerializer().serialize([Triple(Self.iri("s"), Self.iri("p"), .string("bell \u{7}"))])
        }
    }

    @Test func emptyGraph() throws {
        let xml = try RDFXMLSerializer().serialize([])
        #expect(try Self.reparse(xml).isEmpty)
    }
}
