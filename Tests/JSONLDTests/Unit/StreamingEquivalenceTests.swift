import RDF
@testable import RDFFormats
import Testing

/// The streaming toRdf path (with its per-element fallback) and the full algorithms give the same
/// dataset, or the same error, on every toRdf suite input, on mutated inputs and on hand-made
/// documents; the suite shows the streaming path is really taken.
@Suite struct StreamingEquivalenceTests {
    enum Result {
        case quads([Quad], JSONLDStreamingReport)
        case failure(String)
    }

    static func run(_ bytes: [UInt8], _ parser: JSONLDParser, _ strategy: JSONLDParser.Strategy) -> Result {
        var p = parser
        p.strategy = strategy
        var quads: [Quad] = []
        do {
            let report = try p.parseReporting(ByteSource(bytes: bytes, name: "doc.jsonld")) { quads.append($0) }
            return .quads(Array(Set(quads)), report)
        } catch let e as JSONLDError {
            return .failure("JSON-LD error \(e.code.rawValue)")
        } catch {
            return .failure("\(error)")
        }
    }

    /// Nil when both strategies agree, else what differs; `streamed` says whether no element fell back.
    static func compare(_ bytes: [UInt8], _ parser: JSONLDParser) -> (difference: String?, streamed: Bool) {
        let streaming = run(bytes, parser, .streaming)
        let full = run(bytes, parser, .fullAlgorithm)
        switch (streaming, full) {
        case (.quads(let a, let report), .quads(let b, _)):
            let streamed = !report.wholeDocument && report.fallbackElements == 0 && report.streamedElements > 0
            if Isomorphism.areIsomorphic(a, b) { return (nil, streamed) }
            let show = { (q: [Quad]) in q.map(\.description).sorted().joined(separator: "\n") }
            return ("datasets differ\nstreaming:\n\(show(a))\nfull:\n\(show(b))", streamed)
        case (.failure(let a), .failure(let b)):
            return (a == b ? nil : "errors differ: \(a) / \(b)", false)
        case (.failure(let a), .quads):
            return ("streaming failed (\(a)), the full algorithms did not", false)
        case (.quads, .failure(let b)):
            return ("the full algorithms failed (\(b)), streaming did not", false)
        }
    }

    static func parser(for entry: JSONLDTestEntry) throws -> JSONLDParser {
        let options = try JSONLDTestRunner.options(entry)
        return JSONLDParser(base: options.base ?? JSONLDManifest.base + entry.input, loader: options.documentLoader,
                            options: options)
    }

    static func toRdfEntries() -> [JSONLDTestEntry] {
        JSONLDManifest.entries("toRdf").filter { !$0.input.hasSuffix(".html") }
    }

    @Test(arguments: toRdfEntries())
    func suiteInput(_ entry: JSONLDTestEntry) throws {
        if entry.id == "#missing" { Issue.record("\(entry.name)"); return }
        let bytes = try ByteSource(path: try JSONLDManifest.folder() + entry.input).readAll()
        let (difference, _) = Self.compare(bytes, try Self.parser(for: entry))
        #expect(difference == nil, "\(entry): \(difference ?? "")")
    }

    @Test func suiteInputsAreMostlyStreamed() throws {
        var streamed = 0
        for entry in Self.toRdfEntries() {
            let bytes = try ByteSource(path: try JSONLDManifest.folder() + entry.input).readAll()
            if Self.compare(bytes, try Self.parser(for: entry)).streamed { streamed += 1 }
        }
        print("toRdf inputs read wholly by the streaming path: \(streamed) of \(Self.toRdfEntries().count)")
        #expect(streamed >= 100)
    }

    @Test(arguments: MutationRobustnessTests.inputs())
    func mutatedSuiteInputs(_ input: String) throws {
        let doc = try JSONLDTestRunner.readJSON(input)
        var options = JSONLDOptions(base: JSONLDManifest.base + input, documentLoader: try JSONLDManifest.loader())
        options.rdfDirection = "compound-literal"
        let parser = JSONLDParser(base: options.base, loader: options.documentLoader, options: options)
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D &* UInt64(input.utf8.count + 1)
        let allPaths = MutationRobustnessTests.paths(doc)
        for _ in 0..<12 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let path = allPaths[Int(seed >> 33) % allPaths.count]
            let r = MutationRobustnessTests.replacements[Int((seed >> 17) % UInt64(MutationRobustnessTests.replacements.count))]
            let mutated = MutationRobustnessTests.replacing(doc, at: path[...], with: r)
            let difference = Self.compare(Array(JSONWriter.write(mutated).utf8), parser).difference
            #expect(difference == nil, "\(input) mutated at \(path): \(difference ?? "")")
        }
    }

    /// Each catalog file as expanded JSON-LD and as JSON-LD compacted with the project context:
    /// same dataset both ways, and no element needs the full algorithms.
    @Test(arguments: CatalogRoundTripTests.catalogFiles())
    func catalogFile(_ path: String) throws {
        var quads: [Quad] = []
        try TurtleParser(base: "http://localhost:8080/").parse(try ByteSource(path: path)) { quads.append($0) }
        let loader = JSONLDDocumentLoader.project(ontologiesDirectory: CatalogRoundTripTests.packageRoot + "/Ontologies")
        var options = JSONLDOptions(documentLoader: loader)
        options.base = nil
        for context: JSONValue? in [nil, .string(JSONLDDocumentLoader.projectContextIRI)] {
            let text = try JSONLDSerializer(context: context, options: options).serialize(quads)
            let (difference, streamed) = Self.compare(Array(text.utf8), JSONLDParser(loader: loader))
            #expect(difference == nil, "\(path), context \(context != nil): \(difference ?? "")")
            #expect(streamed, "\(path), context \(context != nil): fell back to the full algorithms")
        }
    }

    static let handMade: [String] = [
        #"[{"http://ex/p": "a", "@id": "http://ex/s"}]"#,
        #"[{"http://ex/p": {"http://ex/q": 1, "@id": "_:x"}, "@id": "_:x"}]"#,
        #"[{"@id": "http://ex/s", "@type": ["http://ex/T", "_:t"], "http://ex/p": [1.5, true, -0, 12345678901234567890, 1e400]}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@language": "EN-gb", "@value": "x"}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@language": "not a tag", "@value": "x"}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@type": "http://ex/dt", "@value": 3}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@type": "bad iri", "@value": 3}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@value": "x", "@language": "en", "@type": "http://ex/dt"}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@value": "x", "http://ex/q": "y"}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": "a", "http://ex/p": "b"}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": [["a"], "b"]}, {"@id": "http://ex/t", "http://ex/p": "c"}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@list": ["a", "b"]}}, {"@id": "http://ex/s", "http://ex/q": "c"}]"#,
        #"[{"@id": "http://ex/a b", "http://ex/p": {"@id": "http://ex/o", "http://ex/q": "v"}}]"#,
        #"[{"@id": "http://ex/s#a#b", "http://ex/p#x#y": "v", "http://ex/q": {"@id": "http://ex/o#1#2"}}]"#,
        #"[{"@id": "rel", "http://ex/p": "v"}, {"@id": "http://ex/s", "http://ex/p": {"@id": "../x"}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": "caf\u00e9 \ud83d\ude00 \n\"", "http://ex/\u0070": "e"}]"#,
        #"{"@context": {"@vocab": "http://ex/", "@language": "fr", "knows": {"@type": "@id"}, "age": {"@type": "http://www.w3.org/2001/XMLSchema#integer"}, "ex": "http://ex/"}, "@graph": [{"@id": "ex:a", "name": "Anne", "knows": "ex:b", "age": "42", "ex:flag": true}]}"#,
        #"{"@context": {"@base": "http://base/", "term": "http://ex/term", "id": "@id", "type": "@type"}, "id": "x", "type": "term", "term": {"id": "y"}}"#,
        #"{"@context": {"p": {"@id": "http://ex/p", "@container": "@list"}}, "@graph": [{"@id": "http://ex/s", "p": ["a", "b"]}]}"#,
        #"{"@graph": [{"@id": "http://ex/s", "http://ex/p": "v"}], "@id": "http://ex/g"}"#,
        #"{"@context": {"@vocab": "http://ex/"}, "@graph": {"@id": "http://ex/s", "p": "v"}}"#,
        #"[{"@id": "http://ex/s", "@reverse": {"http://ex/p": {"@id": "http://ex/o"}}}, {"@id": "http://ex/s", "http://ex/q": "v"}]"#,
        #"[{"@id": "http://ex/s", "@index": "a", "http://ex/p": "v"}, {"@id": "http://ex/s", "@index": "b"}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": "v"}, {"@id": 5}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": "v"}, {"@id": "http://ex/t", "http://ex/p": tru}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": "v"}, {"@id": "http://ex/t", "http://ex/p": "\ud800x"}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": "v"} "#,
        "[{\"@id\": \"http://ex/s\", \"http://ex/p\": \"\u{7}\"}]",
        "\u{FEFF}[{\"@id\": \"http://ex/s\", \"http://ex/p\": \"v\"}]",
        #"[{"@id": "http://ex/s", "http://ex/p": "v"}] x"#,
        #"[1, "x", null, {"@value": "free"}, {"@id": "http://ex/only"}, {}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@list": ["a", {"@id": "http://ex/o", "http://ex/q": "v"}, null, {"@value": "x", "@language": "bad tag"}]}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": [{"@list": []}, {"@list": null}, {"@list": "one"}, {"@list": [["nested"]]}]}]"#,
        #"[{"@id": "rel", "http://ex/p": {"@list": [{"@id": "http://ex/o", "http://ex/q": "v"}]}, "bad p": {"@list": ["x"]}}]"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@list": ["a"], "@index": "i"}}, {"@id": "http://ex/s", "http://ex/p": {"@list": ["a"], "x": 1}}]"#,
        #"{"@context": {"l": {"@id": "http://ex/l", "@container": "@list"}, "t": {"@id": "http://ex/t", "@container": "@list", "@type": "@id"}}, "@graph": [{"@id": "http://ex/s", "l": ["a", 1, null], "t": "http://ex/o"}, {"@id": "http://ex/u", "l": [], "t": null}, {"@id": "http://ex/v", "l": {"@list": ["b"]}, "t": [["x"]]}]}"#,
        #"[{"@id": "http://ex/g", "@type": "http://ex/G", "@graph": [{"@id": "http://ex/s", "http://ex/p": {"@id": "_:o", "http://ex/q": {"@list": [1]}}}]}, {"@graph": {"@id": "_:s", "http://ex/p": "v"}}]"#,
        #"[{"@id": "bad graph", "@graph": [{"@id": "http://ex/s", "http://ex/p": "v"}]}, {"@id": "http://ex/h", "@graph": [{"@id": "http://ex/s", "http://ex/p": {"@id": "http://ex/n", "@graph": [{"@id": "http://ex/t", "http://ex/p": "w"}]}}]}]"#,
        #"[{"@id": "http://ex/g", "@graph": ["free", {"@value": "v"}]}, {"@id": "http://ex/g2", "@graph": [[{"@id": "http://ex/s", "http://ex/p": "v"}]]}]"#,
        #"{"@context": {"@vocab": "http://ex/"}, "@id": "http://ex/g", "@graph": [{"@id": "http://ex/s", "p": "v"}], "p": "outer"}"#,
        #"[{"@id": "http://ex/s", "http://ex/p": {"@value": "x", "@graph": []}}]"#,
        #"{"@context": {"data": "@graph", "@vocab": "http://ex/"}, "data": [{"@id": "http://ex/s", "p": "v"}], "p": []}"#,
        #"{"@graph": [{"@id": "http://ex/s", "http://ex/p": "v"}], "@type": []}"#,
        #"{"@graph": [{"@id": "http://ex/s", "http://ex/p": "v"}], "unmapped": 1}"#,
        #"{"@context": {"label": {"@id": "http://ex/label", "@container": "@language"}, "none": "@none"}, "@id": "http://ex/s", "label": {"EN": "Hello", "fr": ["Bonjour", null, "Salut"], "@none": "plain", "none": "alias", "bad tag!": "x", "de": []}}"#,
        #"{"@context": {"label": {"@id": "http://ex/label", "@container": ["@language", "@set"], "@language": "it"}}, "@graph": [{"@id": "http://ex/s", "label": "direct"}, {"@id": "http://ex/t", "label": [{"@value": "x"}, "y"]}, {"@id": "http://ex/u", "label": {"en": "a", "en": "b"}}, {"@id": "http://ex/v", "label": {"en": 5}}]}"#,
        #"{"@context": {"label": {"@id": "http://ex/label", "@container": "@language", "@direction": "rtl"}}, "@id": "http://ex/s", "label": {"en": "x"}}"#,
        #"{}"#, #"[]"#, #"null"#, #""string""#,
    ]

    @Test(arguments: handMade)
    func handMadeDocument(_ text: String) {
        let parser = JSONLDParser(base: "http://base.example/doc")
        let difference = Self.compare(Array(text.utf8), parser).difference
        #expect(difference == nil, "\(text): \(difference ?? "")")
    }

    @Test func invalidUTF8IsTheSameError() {
        let bytes: [UInt8] = Array(#"[{"@id": "http://ex/s", "http://ex/p": ""#.utf8) + [0xC3, 0x28] + Array(#""}]"#.utf8)
        #expect(Self.compare(bytes, JSONLDParser()).difference == nil)
    }

    @Test func filesAreReadWhole() throws {
        let path = try JSONLDManifest.folder() + "toRdf/0001-in.jsonld"
        let all = try ByteSource(path: path).readAll()
        let presized = try ByteSource(path: path).readRemaining()
        #expect(!all.isEmpty && presized == all)
        let memory = try ByteSource(bytes: all)
        var head = [UInt8](repeating: 0, count: 4)
        #expect(try head.withUnsafeMutableBytes { try memory.read(into: $0.baseAddress!, max: 4) } == 4)
        #expect(try memory.readRemaining() == Array(all.dropFirst(4)))
    }

    @Test func depthLimitIsKept() {
        var parser = JSONLDParser(maxDepth: 8)
        let nested = String(repeating: #"{"http://ex/p": "#, count: 10) + "1" + String(repeating: "}", count: 10)
        let bytes = Array(("[" + nested + "]").utf8)
        parser.strategy = .streaming
        #expect(throws: RDFSyntaxError.self) { try parser.parse(ByteSource(bytes: bytes, name: "d")) { _ in } }
        #expect(Self.compare(bytes, parser).difference == nil)
    }

    @Test func blankNodePrefixApplies() {
        let text = #"[{"@id": "_:a", "http://ex/p": [{"http://ex/q": "v"}, {"@list": [1]}]}, {"@id": "_:a", "@reverse": {"http://ex/r": {"@id": "_:c"}}}]"#
        let parser = JSONLDParser(blankNodePrefix: "doc2_")
        #expect(Self.compare(Array(text.utf8), parser).difference == nil)
        guard case .quads(let quads, let report) = Self.run(Array(text.utf8), parser, .streaming) else {
            Issue.record("failed"); return
        }
        #expect(report.streamedElements == 1 && report.fallbackElements == 1)
        let labels = quads.flatMap { [$0.subject, $0.object] }.compactMap { t -> String? in
            if case .blankNode(let b) = t { return b } else { return nil }
        }
        #expect(labels.count >= 5 && labels.allSatisfy { $0.hasPrefix("doc2_") })
    }

    @Test func documentsWithoutFallbackAreStreamed() {
        let text = #"[{"@id": "http://ex/s", "@type": "http://ex/T", "http://ex/p": [{"@value": "x", "@language": "fr"}, {"@id": "_:b"}]}]"#
        guard case .quads(let quads, let report) = Self.run(Array(text.utf8), JSONLDParser(), .streaming) else {
            Issue.record("failed"); return
        }
        #expect(report == JSONLDStreamingReport(streamedElements: 1, fallbackElements: 0, wholeDocument: false))
        #expect(quads.count == 3)
    }
}
