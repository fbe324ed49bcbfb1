import SDMX
import Testing

@Suite struct ExporterTests {
    @Test func formats() {
        #expect(SDMXOutputFormat(format: "xml", sdmxVersion: "3.0") == .xml(.v3_0))
        #expect(SDMXOutputFormat(format: "json", sdmxVersion: "2.1") == .json(.v1_0))
        #expect(SDMXOutputFormat(format: "json", sdmxVersion: "3.0")?.mediaType == "application/vnd.sdmx.structure+json;version=2.0.0")
        #expect(SDMXOutputFormat(format: "csv", sdmxVersion: "2.1") == nil)
        #expect(SDMXOutputFormat(format: "xml", sdmxVersion: "2.2") == nil)
    }

    @Test func oneArtefactWithChildren() throws {
        let q = try SDMXExporter.query(artefact: "datastructure", agency: "INSEE", id: "DSD_CPI", version: nil, references: "children")
        let m = try SDMXExporter.message(from: SDMXTestSupport.catalog(), query: q)
        #expect(m.dataStructures.map(\.identity.id) == ["DSD_CPI"])
        #expect(m.dataflows.isEmpty)
        #expect(m.codelists.contains { $0.identity.id == "CL_FREQ" })
        try SDMXTestSupport.expectValidXML(try SDMXMLWriter().bytes(m), .v2_1, name: "dsd-cpi-children")
    }

    @Test func badFilters() throws {
        #expect(throws: SDMXError.self) { try SDMXExporter.query(artefact: "nonsense", agency: nil, id: nil, version: nil, references: nil) }
        #expect(throws: SDMXError.self) { try SDMXExporter.query(artefact: "codelist", agency: nil, id: nil, version: nil, references: "cousins") }
        let q = try SDMXExporter.query(artefact: "codelist", agency: "NOBODY", id: nil, version: nil, references: nil)
        #expect(throws: SDMXError.self) { try SDMXExporter.message(from: SDMXTestSupport.catalog(), query: q) }
    }
}
