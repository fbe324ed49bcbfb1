import RDF
import RDFFormats
import Testing

@Suite struct JSONLDAPITests {
    static let doc = #"""
    {
      "@context": {"@vocab": "http://example.org/", "name": {"@language": "fr"}, "knows": {"@type": "@id"},
                   "tags": {"@container": "@list"}},
      "@id": "http://example.org/alice",
      "@type": "Person",
      "name": "Alice",
      "age": 42,
      "height": 1.7,
      "knows": "http://example.org/bob",
      "tags": ["a", "b"]
    }
    """#

    static func parse(_ text: String, base: String? = nil) throws -> [Quad] {
        var out: [Quad] = []
        try JSONLDParser(base: base).parse(ByteSource(string: text)) { out.append($0) }
        return out
    }

    @Test func parserProducesExpectedQuads() throws {
        let quads = try Self.parse(Self.doc)
        let alice = Term.iri("http://example.org/alice")
        func p(_ l: String) -> Term { .iri("http://example.org/" + l) }
        let expected: [Quad] = [
            Quad(alice, .iri(RDFVocabulary.type), p("Person")),
            Quad(alice, p("name"), .langString("Alice", "fr")),
            Quad(alice, p("age"), .typed("42", XSD.integer)),
            Quad(alice, p("height"), .typed("1.7E0", XSD.double)),
            Quad(alice, p("knows"), p("bob")),
            Quad(alice, p("tags"), .blankNode("l1")),
            Quad(.blankNode("l1"), .iri(RDFVocabulary.first), .string("a")),
            Quad(.blankNode("l1"), .iri(RDFVocabulary.rest), .blankNode("l2")),
            Quad(.blankNode("l2"), .iri(RDFVocabulary.first), .string("b")),
            Quad(.blankNode("l2"), .iri(RDFVocabulary.rest), .iri(RDFVocabulary.nil)),
        ]
        #expect(Isomorphism.areIsomorphic(quads, expected))
    }

    @Test func jsonLiteralsAreCanonicalized() throws {
        let quads = try Self.parse(#"{"http://example.org/j": {"@value": {"b": 1, "a": [2.0]}, "@type": "@json"}}"#)
        #expect(quads.first?.object == .typed(#"{"a":[2],"b":1}"#, RDFVocabulary.JSON))
    }

    @Test func blankNodePrefixKeepsDocumentsApart() throws {
        var out: [Quad] = []
        try JSONLDParser(blankNodePrefix: "f1_").parse(ByteSource(string: #"{"http://example.org/p": "v"}"#)) { out.append($0) }
        guard case .blankNode(let label)? = out.first?.subject else { Issue.record("no blank node"); return }
        #expect(label.hasPrefix("f1_"))
    }

    @Test func syntaxErrorsCarryPositions() {
        #expect(throws: RDFSyntaxError.self) { _ = try Self.parse("{\"@id\": }") }
    }

    @Test func processingErrorsCarrySpecCodes() {
        do {
            _ = try Self.parse(#"{"@id": 5, "http://example.org/p": "v"}"#)
            Issue.record("accepted a numeric @id")
        } catch let e as JSONLDError {
            #expect(e.code.rawValue == "invalid @id value")
        } catch { Issue.record("wrong error \(error)") }
    }

    @Test func unknownRemoteContextIsAnError() {
        do {
            _ = try Self.parse(#"{"@context": "https://schema.org/", "name": "x"}"#)
            Issue.record("loaded a remote context")
        } catch let e as JSONLDError {
            #expect(e.code == .loadingRemoteContextFailed)
        } catch { Issue.record("wrong error \(error)") }
    }

    @Test func mappedContextsLoadFromLocalFiles() throws {
        let path = "/tmp/lodestat-jsonld-test-context-\(getpid()).jsonld"
        let text = #"{"@context": {"@vocab": "http://example.org/ns#"}}"#
        guard let f = fopen(path, "w") else { Issue.record("cannot write \(path)"); return }
        fputs(text, f); fclose(f)
        defer { unlink(path) }
        let loader = JSONLDDocumentLoader(files: ["https://example.org/context.jsonld": path])
        var out: [Quad] = []
        try JSONLDParser(loader: loader).parse(ByteSource(string: #"{"@context": "https://example.org/context.jsonld", "@id": "http://x/", "p": "v"}"#)) {
            out.append($0)
        }
        #expect(out == [Quad(.iri("http://x/"), .iri("http://example.org/ns#p"), .string("v"))])
        let allowList = JSONLDDocumentLoader(allowedFiles: [path])
        #expect(throws: Never.self) { _ = try allowList.load(path) }
        #expect(throws: JSONLDError.self) { _ = try JSONLDDocumentLoader().load(path) }
    }

    @Test func serializerRoundTripsAndIsStable() throws {
        let quads = try Self.parse(Self.doc)
        let serializer = JSONLDSerializer()
        let text = try serializer.serialize(quads)
        #expect(try serializer.serialize(quads.reversed()) == text)
        #expect(Isomorphism.areIsomorphic(try Self.parse(text), quads))
    }

    @Test func serializerCompactsWithContext() throws {
        let quads = try Self.parse(Self.doc)
        let context = try JSONParser().parse(#"{"ex": "http://example.org/", "knows": {"@id": "ex:knows", "@type": "@id"}}"#)
        let text = try JSONLDSerializer(context: context).serialize(quads)
        #expect(text.contains("\"@context\""))
        #expect(text.contains("\"knows\": \"ex:bob\""))
        #expect(Isomorphism.areIsomorphic(try Self.parse(text), quads))
    }

    @Test func facadeReadsAndWritesJSONLD() throws {
        var quads: [Quad] = []
        try RDFParsing.parse(ByteSource(string: Self.doc), format: .jsonld) { quads.append($0) }
        var out = ""
        try RDFSerializing.write(quads, format: .jsonld, to: &out)
        #expect(Isomorphism.areIsomorphic(try Self.parse(out), quads))
    }

    @Test func deepNestingFailsCleanly() throws {
        let depth = 2000
        let text = String(repeating: #"{"http://example.org/p": "#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(throws: RDFSyntaxError.self) { _ = try Self.parse(text) }
        let ok = 200
        let fine = String(repeating: #"{"http://example.org/p": "#, count: ok) + "1" + String(repeating: "}", count: ok)
        #expect(try Self.parse(fine).count == ok)
    }
}

#if canImport(Glibc)
import Glibc
#endif
