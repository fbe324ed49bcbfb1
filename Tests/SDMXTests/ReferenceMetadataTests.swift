import Catalog
import Foundation
import SDMX
import Testing
import TestSupport

/// The SIMS metadata structure and the quality reports as SDMX reference metadata: built from the
/// shipped catalog, written in SDMX-ML 2.1 and 3.0, valid against the official schemas (with the
/// XHTML subset of `TestMaterial/sdmx/schemas/xhtml-subset/` for rich-text values).
@Suite struct ReferenceMetadataTests {
    static let loaded = Result { try CatalogLoader(location: CatalogLocation.embedded()).load() }
    static func metadata() throws -> ReferenceMetadata { ReferenceMetadata(CatalogViews(try loaded.get())) }

    /// Validates against the message schema plus the XHTML subset (`metadata-v2_1.xsd`, `metadata-v3_0.xsd`).
    static func expectValid(_ bytes: [UInt8], _ version: SDMXMLVersion, name: String) throws {
        let folder = try #require(SDMXTestSupport.sdmxFolder, "TestMaterial/sdmx not found")
        let schema = "\(folder)/schemas/xhtml-subset/metadata-\(version == .v2_1 ? "v2_1" : "v3_0").xsd"
        switch try XMLSchemaCheck.validate(bytes, name: name, schema: schema) {
        case .valid: break
        case .invalid(let output): Issue.record("\(name) does not validate against \(schema):\n\(output)")
        case .schemaMissing(let path): Issue.record("schema missing: \(path)")
        case .xmllintMissing: Issue.record("xmllint is not installed (apt-get install -y libxml2-utils)")
        }
    }

    @Test func theSIMSStructureNestsItsAttributes() throws {
        let m = try Self.metadata()
        let sims = try #require(m.structures.first)
        #expect(sims.identity.agencyID == "INSEE")
        #expect(sims.identity.id == "MSD_SIMS")
        #expect(sims.identity.version == "2.0")
        #expect(sims.conceptScheme.id == "SIMS")
        #expect(sims.attributes.map(\.id) == (1...19).map { "S_\($0)" })
        let s13 = try #require(sims.attributes.first { $0.id == "S_13" })
        #expect(s13.presentational)
        let s1333 = try #require(s13.children.first { $0.id == "S_13_3" }?.children.first { $0.id == "S_13_3_3" })
        #expect(s1333.children.map(\.id) == ["S_13_3_3_1", "S_13_3_3_2"])
        #expect(sims.attributes.first { $0.id == "S_9" }?.codelist?.id == "CL_FREQ")
        #expect(sims.attributes.first { $0.id == "S_19" }?.textType == "XHTML")
    }

    @Test func reportsBecomeMetadataSetsAboutTheirDataflows() throws {
        let m = try Self.metadata()
        #expect(m.sets.map(\.id) == ["cpi", "lfs"])
        let cpi = try #require(m.sets.first)
        #expect(cpi.targets == ["urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=INSEE:DF_CPI(1.0)"])
        let s3 = try #require(cpi.attributes.first { $0.id == "S_3" })
        let s31 = try #require(s3.children.first { $0.id == "S_3_1" })
        #expect(s31.xhtml.map(\.language) == ["en", "fr"])
        #expect(cpi.attributes.first { $0.id == "S_9" }?.value == "M")
        #expect(cpi.attributes.first { $0.id == "S_1" }?.children.first?.value == "INSEE")
        #expect(m.sets(provider: "INSEE", id: "lfs", version: "~").map(\.id) == ["lfs"])
        #expect(m.sets(provider: "ESTAT", id: nil, version: nil).isEmpty)
    }

    @Test(arguments: [SDMXMLVersion.v2_1, .v3_0])
    func structureMessagesValidate(version: SDMXMLVersion) throws {
        let m = try Self.metadata()
        let bytes = try ReferenceMetadataWriter(version: version).structureBytes(m.structures, header: MessageHeader())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("MetadataStructure"))
        #expect(text.contains("id=\"S_13_3_3_1\""))
        try SDMXTestSupport.expectValidXML(bytes, version, name: "msd-\(version.rawValue)", strict30: true)
    }

    @Test(arguments: [SDMXMLVersion.v2_1, .v3_0])
    func metadataMessagesValidate(version: SDMXMLVersion) throws {
        let m = try Self.metadata()
        let bytes = try ReferenceMetadataWriter(version: version).metadataBytes(m.sets, header: MessageHeader())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>The consumer price index"))
        #expect(text.contains("GenericMetadata"))
        try Self.expectValid(bytes, version, name: "metadata-\(version.rawValue)")
    }

    @Test func aBrokenFragmentWouldFailTheCheck() throws {
        // The check is not vacuous: a message with an element outside the XHTML subset is refused.
        let folder = try #require(SDMXTestSupport.sdmxFolder)
        let m = try Self.metadata()
        var set = try #require(m.sets.first)
        set.attributes[0].children = [MetadataSetArtefact.Value(id: "S_1_1", xhtml: [LocalisedString("<script>x</script>", language: "en")])]
        let bytes = try ReferenceMetadataWriter(version: .v3_0).metadataBytes([set], header: MessageHeader())
        let outcome = try XMLSchemaCheck.validate(bytes, name: "broken", schema: "\(folder)/schemas/xhtml-subset/metadata-v3_0.xsd")
        #expect(outcome != .valid)
    }
}
