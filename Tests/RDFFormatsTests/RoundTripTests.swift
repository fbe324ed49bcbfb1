import RDF
import RDFFormats
import Testing
import W3CTestSuite

/// parse → serialize → parse gives an isomorphic dataset, for every positive W3C test document.
@Suite struct RoundTripTests {
    static func positives(_ path: String) -> [ManifestEntry] {
        ((try? Manifest.load(w3cRelativePath: path)) ?? []).filter { $0.typeName.hasSuffix("Eval") && !$0.typeName.contains("Negative") }
    }

    static func roundTrip(_ entry: ManifestEntry, input: RDFFormat, outputs: [RDFFormat]) throws {
        let original = try W3CRDFRunner.parse(try #require(entry.actionPath), format: input, base: entry.action!.iriValue!)
        for output in outputs {
            var text = ""
            try RDFSerializing.write(original, format: output,
                                     prefixes: [("ex", "http://example.org/"), ("rdf", RDFVocabulary.namespace),
                                                ("xsd", XSD.namespace)], to: &text)
            var again: [Quad] = []
            try RDFParsing.parse(ByteSource(string: text), format: output) { again.append($0) }
            #expect(Isomorphism.areIsomorphic(original, again), "\(entry.name) via \(output):\n\(text)")
        }
    }

    @Test(arguments: positives("rdf/rdf11/rdf-turtle/manifest.ttl"))
    func turtle(_ entry: ManifestEntry) throws { try Self.roundTrip(entry, input: .turtle, outputs: [.turtle, .ntriples]) }

    @Test(arguments: positives("rdf/rdf11/rdf-trig/manifest.ttl"))
    func trig(_ entry: ManifestEntry) throws { try Self.roundTrip(entry, input: .trig, outputs: [.trig, .nquads]) }
}

@Suite struct SyntaxErrorTests {
    static func error(_ text: String, _ format: RDFFormat) -> RDFSyntaxError? {
        do {
            try RDFParsing.parse(ByteSource(string: text, name: "doc.ttl"), format: format) { _ in }
            return nil
        } catch let e as RDFSyntaxError { return e } catch { return nil }
    }

    @Test func namesLineAndColumn() throws {
        let e = try #require(Self.error("@prefix ex: <http://ex/> .\nex:a ex:b ex:c ;\n  ex:d \"unterminated .\n", .turtle))
        #expect(e.file == "doc.ttl")
        #expect(e.line == 3)
        #expect(e.column == 8)
        #expect(e.description.hasPrefix("doc.ttl:3:8: "))
    }

    @Test func undefinedPrefix() throws {
        let e = try #require(Self.error("ex:a ex:b ex:c .", .turtle))
        #expect(e.message.contains("undefined prefix 'ex:'"))
        #expect((e.line, e.column) == (1, 1))
    }

    @Test func badEscapeAndTruncation() throws {
        #expect(Self.error("<http://a> <http://b> \"x\\q\" .\n", .ntriples)?.message.contains("escape") == true)
        #expect(Self.error("<http://a> <http://b> <http://c>", .ntriples)?.message.contains("'.'") == true)
        #expect(Self.error("<http://a> <http://b", .ntriples)?.message.contains("unterminated IRI") == true)
        #expect(Self.error("@prefix ex: <http://ex/> .\nex:a ex:b (ex:c", .turtle) != nil)
    }

    @Test func invalidUTF8IsAnError() throws {
        var bytes = Array("<http://a> <http://b> \"".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\" .\n".utf8)
        var caught: RDFSyntaxError?
        do { try NTriplesParser().parse(ByteSource(bytes: bytes)) { _ in } } catch let e as RDFSyntaxError { caught = e }
        #expect(caught?.message.contains("UTF-8") == true)
    }

    @Test func streamsAcrossBufferBoundaries() throws {
        // A document much larger than the reader's chunk, with long lines and multi-line strings.
        var doc = "@prefix ex: <http://example.org/> .\n"
        for i in 0..<20_000 {
            doc += "ex:s\(i) ex:p \"\"\"line one é\nline two \(i)\"\"\" , \"\(String(repeating: "x", count: i % 300))\" .\n"
        }
        var count = 0
        try TurtleParser().parse(ByteSource(string: doc)) { _ in count += 1 }
        #expect(count == 40_000)
        let bad = doc + "ex:z ex:p ex:q ;; ] .\n"
        let e = try #require(Self.error(bad, .turtle))
        #expect(e.line == 40_002)  // each statement spans two lines
    }
}
