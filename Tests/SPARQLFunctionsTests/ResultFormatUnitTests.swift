import Foundation
import RDF
import Testing
@testable import SPARQL

@Suite struct ResultFormatUnitTests {
    static let table = SolutionTable(variables: ["x", "y"], rows: [
        [.iri("http://example.org/a"), .langString("chat, \"le\"", "fr")],
        [.blankNode("b0"), nil],
        [.typed("5", XSD.integer), .typed("1.5", XSD.decimal)],
        [.string("tab\there\nnew <&>"), .typed("x", "http://example.org/dt")],
        [.string(""), .typed("1.0E6", XSD.double)],
    ])

    @Test func jsonWriterOutput() throws {
        let one = SolutionTable(variables: ["x", "y"], rows: [[.langString("a\"b", "en"), nil], [.typed("1", XSD.integer), .blankNode("n")]])
        let text = try SPARQLResultsJSONWriter().string(.solutions(one))
        #expect(text == """
        {
          "head": { "vars": ["x", "y"] },
          "results": { "bindings": [
            { "x": { "type": "literal", "value": "a\\"b", "xml:lang": "en" } },
            { "x": { "type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer" }, "y": { "type": "bnode", "value": "n" } }
          ] }
        }

        """)
        #expect(try SPARQLResultsJSONWriter().string(.boolean(true)) == "{\n  \"head\": {},\n  \"boolean\": true\n}\n")
        #expect(try SPARQLResultsJSONWriter().string(.solutions(SolutionTable(variables: []))).contains("\"bindings\": []"))
    }

    @Test func xmlWriterOutput() throws {
        let one = SolutionTable(variables: ["x"], rows: [[.string("a<b&c\r")], [.typed("1", XSD.integer)], [nil]])
        let text = try SPARQLResultsXMLWriter().string(.solutions(one))
        #expect(text.contains("<variable name=\"x\"/>"))
        #expect(text.contains("<binding name=\"x\"><literal>a&lt;b&amp;c&#xD;</literal></binding>"))
        #expect(text.contains("<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">1</literal>"))
        #expect(text.contains("    <result>\n    </result>"))
        #expect(try SPARQLResultsXMLWriter().string(.boolean(false)).contains("<boolean>false</boolean>"))
        #expect(throws: SPARQLResultsError.self) {
            try SPARQLResultsXMLWriter().string(.solutions(SolutionTable(variables: ["x"], rows: [[.string("\u{01}")]])))
        }
    }

    @Test func csvWriterOutput() throws {
        let text = try SPARQLResultsCSVWriter().string(.solutions(Self.table))
        #expect(text == "x,y\r\nhttp://example.org/a,\"chat, \"\"le\"\"\"\r\n_:b0,\r\n5,1.5\r\n\"tab\there\nnew <&>\",x\r\n\"\",1.0E6\r\n")
        #expect(throws: SPARQLResultsError.self) { try SPARQLResultsCSVWriter().string(.boolean(true)) }
    }

    @Test func csvReaderKeepsWhatCSVCan() throws {
        let text = try SPARQLResultsCSVWriter().string(.solutions(Self.table))
        guard case .solutions(let back) = try SPARQLResultsCSVReader().read(text) else { Issue.record("not a table"); return }
        #expect(back.variables == ["x", "y"])
        #expect(back.rows == [
            [.string("http://example.org/a"), .string("chat, \"le\"")],
            [.blankNode("b0"), nil],
            [.string("5"), .string("1.5")],
            [.string("tab\there\nnew <&>"), .string("x")],
            [.string(""), .string("1.0E6")],
        ])
        #expect(throws: SPARQLResultsError.self) { try SPARQLResultsCSVReader().read("a,b\r\n1\r\n") }
        #expect(throws: SPARQLResultsError.self) { try SPARQLResultsCSVReader().read("a\r\n\"open\r\n") }
    }

    @Test func tsvWriterOutput() throws {
        let text = try SPARQLResultsTSVWriter().string(.solutions(Self.table))
        #expect(text == """
        ?x\t?y
        <http://example.org/a>\t"chat, \\"le\\""@fr
        _:b0\t
        5\t1.5
        "tab\\there\\nnew <&>"\t"x"^^<http://example.org/dt>
        ""\t1.0E6

        """)
    }

    @Test(arguments: [SPARQLResultsFormat.json, .xml, .tsv])
    func losslessRoundTrip(_ format: SPARQLResultsFormat) throws {
        let text = try format.writer.string(.solutions(Self.table))
        let back = try #require(format.reader).read(text)
        #expect(back == .solutions(Self.table))
        if format != .tsv {
            #expect(try #require(format.reader).read(try format.writer.string(.boolean(true))) == .boolean(true))
        }
    }

    @Test func tableWriterAligns() throws {
        let t = SolutionTable(variables: ["name", "n"], rows: [[.string("é"), .typed("10", XSD.integer)], [nil, .iri("http://a")]])
        let text = try SPARQLResultsTableWriter().string(.solutions(t))
        #expect(text == """
        +-------+------------+
        | ?name | ?n         |
        +=======+============+
        | "é"   | 10         |
        |       | <http://a> |
        +-------+------------+
        2 rows

        """)
    }

    @Test func readerErrorsCarryPositions() {
        #expect(throws: SPARQLResultsError.self) { try SPARQLResultsJSONReader().read("{\"head\": ") }
        #expect(throws: SPARQLResultsError.self) {
            try SPARQLResultsJSONReader().read(#"{"head":{"vars":["x"]},"results":{"bindings":[{"y":{"type":"uri","value":"a"}}]}}"#)
        }
        #expect(throws: SPARQLResultsError.self) {
            try SPARQLResultsJSONReader().read(#"{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"iri","value":"a"}}]}}"#)
        }
        do {
            _ = try SPARQLResultsTSVReader().read("?x\t?y\n<a>\t\"open\n")
            Issue.record("bad TSV accepted")
        } catch let SPARQLResultsError.syntax(_, line, column, _) {
            #expect(line == 2 && column == 5)
        } catch { Issue.record("unexpected error \(error)") }
        do {
            _ = try SPARQLResultsXMLReader().read("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n<head><variable name=\"x\"/></head>\n<results><result><binding name=\"y\"><uri>a</uri></binding></result></results></sparql>")
            Issue.record("undeclared variable accepted")
        } catch let SPARQLResultsError.syntax(_, line, _, _) {
            #expect(line == 3)
        } catch { Issue.record("unexpected error \(error)") }
        #expect(throws: SPARQLResultsError.self) { try SPARQLResultsXMLReader().read("<sparql><head>") }
    }

    @Test func xmlReaderDoesNotExpandExternalEntities() throws {
        let doc = """
        <?xml version="1.0"?>
        <!DOCTYPE sparql [<!ENTITY ext SYSTEM "file:///etc/hostname">]>
        <sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="x"/></head>
        <results><result><binding name="x"><literal>&ext;</literal></binding></result></results></sparql>
        """
        // Either the document is rejected or the entity stays unexpanded; never the file's content.
        let secret = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unreadable"
        do {
            if case .solutions(let t) = try SPARQLResultsXMLReader().read(doc), case .literal(let l)?? = t.rows.first?.first {
                #expect(!secret.isEmpty && !l.lexicalForm.contains(secret), "external entity was expanded")
            }
        } catch is SPARQLResultsError {}
    }

    @Test func formatLookup() {
        #expect(SPARQLResultsFormat(mediaType: "application/sparql-results+json; charset=utf-8") == .json)
        #expect(SPARQLResultsFormat(mediaType: "Text/CSV") == .csv)
        #expect(SPARQLResultsFormat(mediaType: "application/xml") == .xml)
        #expect(SPARQLResultsFormat(mediaType: "text/turtle") == nil)
        #expect(SPARQLResultsFormat(fileExtension: ".srx") == .xml)
        #expect(SPARQLResultsFormat(fileExtension: "tsv") == .tsv)
        #expect(SPARQLResultsFormat.table.reader == nil)
    }

    @Test func equivalenceUpToBlankNodes() {
        let a = SolutionTable(variables: ["x", "y"], rows: [[.blankNode("a"), .blankNode("b")], [.blankNode("a"), .string("1")]])
        let b = SolutionTable(variables: ["y", "x"], rows: [[.string("1"), .blankNode("q")], [.blankNode("r"), .blankNode("q")]])
        let c = SolutionTable(variables: ["y", "x"], rows: [[.string("1"), .blankNode("q")], [.blankNode("r"), .blankNode("s")]])
        #expect(a.isEquivalent(to: b))
        #expect(!a.isEquivalent(to: b, ordered: true))
        #expect(!a.isEquivalent(to: c))
    }
}
