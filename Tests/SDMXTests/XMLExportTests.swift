import Foundation
import SDMX
import Testing
import TestSupport

@Suite struct XMLExportTests {
    @Test(arguments: SDMXMLVersion.allCases)
    func catalogExportValidates(_ version: SDMXMLVersion) throws {
        let m = try SDMXTestSupport.catalogMessage()
        let bytes = try SDMXMLWriter(version: version).bytes(m)
        try SDMXTestSupport.expectValidXML(bytes, version, name: "catalog-\(version.rawValue)")
    }

    /// The schema check itself can fail: a message with an element the XSD does not know is invalid.
    @Test func schemaCheckRejectsAnInvalidMessage() throws {
        let xml = try SDMXMLWriter(version: .v2_1).string(try SDMXTestSupport.catalogMessage())
        let broken = xml.replacingOccurrences(of: "<mes:Prepared>", with: "<mes:Unknown/><mes:Prepared>")
        let schema = try #require(SDMXTestSupport.schema(.v2_1), "TestMaterial/sdmx not found")
        let outcome = try XMLSchemaCheck.validate(Array(broken.utf8), name: "broken", schema: schema)
        guard case .invalid(let output) = outcome else { Issue.record("expected invalid, got \(outcome)"); return }
        #expect(output.contains("Unknown"))
    }

    @Test func headerOrderAndExplicitRefs() throws {
        let m = try SDMXTestSupport.catalogMessage()
        let xml = try SDMXMLWriter(version: .v2_1).string(m)
        let id = try #require(xml.range(of: "<mes:ID>")), test = try #require(xml.range(of: "<mes:Test>"))
        let prepared = try #require(xml.range(of: "<mes:Prepared>")), sender = try #require(xml.range(of: "<mes:Sender"))
        #expect(id.lowerBound < test.lowerBound && test.lowerBound < prepared.lowerBound && prepared.lowerBound < sender.lowerBound)
        #expect(xml.contains(#"<Ref agencyID="INSEE" id="DSD_CPI" version="1.0" class="DataStructure" package="datastructure"/>"#))
        // Component references inside a DSD use the XSD's fixed class/package (sdmx1 2.28 fails on
        // them spelled out); item parents keep theirs (pysdmx wants them).
        #expect(xml.contains("<Ref id=\"FREQ\"/>"))
        #expect(!xml.contains(#"class="Dimension""#) && !xml.contains(#"class="PrimaryMeasure""#))
        #expect(xml.contains(#"<Ref id="A" class="Code" package="codelist"/>"#))
    }

    @Test func escapesText() throws {
        let list = Codelist(identity: MaintainableIdentity(agencyID: "A", id: "CL_X"),
                            names: InternationalString([LocalisedString("a < b & \"c\"", language: "en")]),
                            codes: [Code(id: "X", names: InternationalString([LocalisedString("é]]>", language: "fr")]))])
        let xml = try SDMXMLWriter().string(StructureMessage(codelists: [list]))
        #expect(xml.contains("a &lt; b &amp; &quot;c&quot;"))
        #expect(xml.contains("é]]&gt;"))
    }
}

@Suite struct XML30StrictSchemaTests {
    /// Everything but hierarchical codelists with numeric codes also passes the 3.0.0 XSD.
    @Test func catalogWithoutNumericParentsValidatesAgainst300() throws {
        var m = try SDMXTestSupport.catalogMessage()
        m.codelists.removeAll { list in list.codes.contains { code in code.parentID.map { !($0.first?.isLetter ?? false) } ?? false } }
        let bytes = try SDMXMLWriter(version: .v3_0).bytes(m)
        try SDMXTestSupport.expectValidXML(bytes, .v3_0, name: "catalog-3.0.0", strict30: true)
    }
}
