import CLibXML2
import RDF
import SPARQL
import Testing

/// The SPARQL results XML reader runs on the project's libxml2 `XMLEventReader`: it leaves the
/// process-wide refusing entity loader in place (Foundation's XMLParser replaced it) and
/// refuses any DOCTYPE with a position.
@Suite struct ResultsXMLSafetyTests {
    static let document = """
        <?xml version="1.0"?>
        <sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="x"/></head>
        <results><result><binding name="x"><literal xml:lang="en">a &amp; b</literal></binding></result></results></sparql>
        """

    @Test func readingLeavesTheRefusingLoaderInPlace() throws {
        let result = try SPARQLResultsXMLReader().read(Self.document)
        #expect(result == .solutions(SolutionTable(variables: ["x"], rows: [[.langString("a & b", "en")]])))
        #expect(lodestat_xml_loader_is_refusing() == 1)
    }

    @Test(arguments: [
        "<!DOCTYPE sparql [<!ENTITY ext SYSTEM \"file:///etc/hostname\">]>",
        "<!DOCTYPE sparql SYSTEM \"http://example.org/evil.dtd\">",
        "<!DOCTYPE sparql []>",
    ])
    func doctypeRefused(_ doctype: String) throws {
        let doc = "<?xml version=\"1.0\"?>\n\(doctype)\n" + Self.document.split(separator: "\n").dropFirst().joined(separator: "\n")
        do {
            _ = try SPARQLResultsXMLReader().read(doc)
            Issue.record("DOCTYPE accepted")
        } catch let SPARQLResultsError.syntax(format, line, column, message) {
            #expect(format == "XML")
            #expect(line >= 1 && column >= 1)
            #expect(message.contains("DOCTYPE"))
        }
        #expect(lodestat_xml_loader_is_refusing() == 1)
    }

    @Test func emptyElementsAndBoolean() throws {
        let doc = #"<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/><boolean> true </boolean></sparql>"#
        #expect(try SPARQLResultsXMLReader().read(doc) == .boolean(true))
        let empty = #"<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="x"/></head><results><result/></results></sparql>"#
        #expect(try SPARQLResultsXMLReader().read(empty) == .solutions(SolutionTable(variables: ["x"], rows: [[nil]])))
    }
}
