import RDF
import RDFFormats
import Testing

@Suite struct RDFXMLParserTests {
    static let open = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"

    static func parse(_ body: String) throws -> [Triple] {
        try RDFXMLParser(base: "http://example.org/doc").parseTriples(ByteSource(string: open + body + "</rdf:RDF>", name: "t.rdf"))
    }

    @Test func errorsCarryFileLineAndColumn() {
        let body = "\n<rdf:Description>\n  <ex:p rdf:resource=\"a\" rdf:nodeID=\"b\"/>\n</rdf:Description>"
        do {
            _ = try Self.parse(body)
            Issue.record("accepted")
        } catch let e as RDFSyntaxError {
            #expect(e.file == "t.rdf")
            #expect(e.line == 3)
            #expect(e.column >= 1)
            #expect(e.message.contains("rdf:resource and rdf:nodeID"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func malformedXMLIsASyntaxErrorWithPosition() {
        do {
            // Valid RDF/XML up to the mismatched end tag, so the first error is the XML one.
            let xml = Self.open + "\n<rdf:Description></rdf:RDF>"
            _ = try RDFXMLParser().parseTriples(ByteSource(string: xml, name: "bad.rdf"))
            Issue.record("accepted")
        } catch let e as RDFSyntaxError {
            #expect(e.line == 2)
            #expect(e.message.hasPrefix("XML:"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func languageBaseAndContainers() throws {
        let body = """
            <rdf:Seq rdf:about="s" xml:lang="FR"><rdf:li>un</rdf:li><rdf:li xml:lang="">two</rdf:li></rdf:Seq>
            """
        let triples = Set(try Self.parse(body))
        let s = Term.iri("http://example.org/s")
        #expect(triples == [
            Triple(s, .iri(RDFVocabulary.type), .iri(RDFVocabulary.Seq)),
            Triple(s, .iri(RDFVocabulary.namespace + "_1"), .langString("un", "fr")),
            Triple(s, .iri(RDFVocabulary.namespace + "_2"), .string("two")),
        ])
    }

    @Test func xmlLiteralIsExclusiveCanonical() throws {
        let body = """
            <rdf:Description rdf:about="s"><ex:p rdf:parseType="Literal"><ex:b z="2" a="1&amp;">x &gt; y</ex:b><!--c--></ex:p></rdf:Description>
            """
        let triples = try Self.parse(body)
        #expect(triples.first?.object == .typed("<ex:b xmlns:ex=\"http://example.org/\" a=\"1&amp;\" z=\"2\">x &gt; y</ex:b><!--c-->",
                                                 RDFVocabulary.XMLLiteral))
    }

    @Test func collectionsAndBlankNodePrefix() throws {
        let xml = Self.open + "<rdf:Description rdf:about=\"s\"><ex:p rdf:parseType=\"Collection\"><rdf:Description rdf:about=\"a\"/></ex:p></rdf:Description></rdf:RDF>"
        let triples = try RDFXMLParser(base: "http://example.org/", blankNodePrefix: "f1-").parseTriples(ByteSource(string: xml))
        #expect(triples.count == 3)
        #expect(triples.contains { $0.object == .iri(RDFVocabulary.nil) })
        #expect(triples.allSatisfy { t in [t.subject, t.object].allSatisfy { if case .blankNode(let b) = $0 { b.hasPrefix("f1-") } else { true } } })
    }

    @Test func duplicateIDsAreRejected() {
        #expect(throws: RDFSyntaxError.self) {
            try Self.parse("<rdf:Description rdf:ID=\"a\"/><rdf:Description rdf:ID=\"a\"/>")
        }
    }

    static func bigDocument(items: Int, tail: String = "") -> String {
        var body = ""
        for i in 0..<items {
            body += "<rdf:Description rdf:about=\"s\(i)\" xml:lang=\"en\"><ex:p>v\(i)</ex:p><ex:q rdf:resource=\"o\(i % 7)\"/></rdf:Description>\n"
        }
        return open + body + tail + "</rdf:RDF>"
    }

    /// The parser reuses recently decoded absolute IRIs by their bytes: many distinct IRIs that
    /// share their length, beginning and end (same hash slot), more of them than the cache holds,
    /// interleaved with relative references and escaped ampersands, must each come out exactly.
    @Test func recurringIRIsComeOutExactly() throws {
        var body = "", expected: [String] = []
        for i in 0..<12_000 {
            let k = (i * 7_919) % 6_000
            let middle = String(k, radix: 36)
            let padded = String(repeating: "0", count: 4 - middle.count) + middle
            switch i % 4 {
            case 0, 1:
                let iri = "http://example.org/" + padded + "/same-tail-of-the-iri"
                body += "<rdf:Description rdf:about=\"\(iri)\"><ex:p rdf:resource=\"\(iri)\"/></rdf:Description>"
                expected += [iri, iri]
            case 2:
                body += "<rdf:Description rdf:about=\"r/\(padded)\"><ex:p rdf:resource=\"../\(padded)\"/></rdf:Description>"
                expected += ["http://example.org/r/" + padded, "http://example.org/" + padded]
            default:
                body += "<rdf:Description rdf:about=\"http://example.org/q?a=\(padded)&amp;b\"><ex:p rdf:resource=\"http://example.org/q?a=\(padded)&amp;c\"/></rdf:Description>"
                expected += ["http://example.org/q?a=\(padded)&b", "http://example.org/q?a=\(padded)&c"]
            }
        }
        let triples = try Self.parse(body)
        #expect(triples.count == 12_000)
        let got = triples.flatMap { [$0.subject.iriValue ?? "?", $0.object.iriValue ?? "?"] }
        #expect(got == expected)
    }

    @Test func pipelinedParseDeliversTheSameQuadsInOrder() throws {
        let xml = Self.bigDocument(items: 10_000)
        let parser = RDFXMLParser(base: "http://example.org/doc")
        var here: [Quad] = [], pipelined: [Quad] = []
        try parser.parse(ByteSource(string: xml), pipelined: false) { here.append($0) }
        try parser.parse(ByteSource(string: xml), pipelined: true) { pipelined.append($0) }
        #expect(here.count == 20_000)
        #expect(here == pipelined)
    }

    @Test func pipelinedParseReportsErrorsAfterTheQuadsBeforeThem() {
        let xml = Self.bigDocument(items: 9_000, tail: "<rdf:Description><ex:p rdf:resource=\"a\" rdf:nodeID=\"b\"/></rdf:Description>")
        var count = 0
        #expect(throws: RDFSyntaxError.self) {
            try RDFXMLParser(base: "http://example.org/doc").parse(ByteSource(string: xml), pipelined: true) { _ in count += 1 }
        }
        #expect(count == 18_000)
    }

    @Test func handlerErrorsStopAPipelinedParse() {
        struct Stop: Error {}
        var count = 0
        #expect(throws: Stop.self) {
            try RDFXMLParser(base: "http://example.org/doc").parse(ByteSource(string: Self.bigDocument(items: 50_000)), pipelined: true) { _ in
                count += 1
                if count == 5_000 { throw Stop() }
            }
        }
        #expect(count == 5_000)
    }
}
