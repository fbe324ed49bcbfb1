import Foundation
import RDF
import RDFFormats
import SDMX
import Store
import Testing

/// Every official SDMX-ML sample in TestMaterial/sdmx/samples is one test case.
@Suite struct SampleImportTests {
    /// Samples that are not structure messages: they must be refused with a clear error.
    static let notStructureMessages: [String: String] = [
        "v2_1/exr/ecb_exr_ng/generic/ecb_exr_ng_ts.xml": "generic data message, not a structure message",
    ]

    static var samples: [String] {
        guard let folder = SDMXTestSupport.sdmxFolder else { return ["<TestMaterial/sdmx not found>"] }
        let root = folder + "/samples"
        let all = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String]) ?? []
        let xml = all.filter { $0.hasSuffix(".xml") }.sorted()
        return xml.isEmpty ? ["<no samples under \(root)>"] : xml
    }

    @Test(arguments: samples)
    func sampleImports(_ relative: String) throws {
        let folder = try #require(SDMXTestSupport.sdmxFolder, "TestMaterial/sdmx not found")
        let path = folder + "/samples/" + relative
        try #require(FileManager.default.fileExists(atPath: path), "missing sample \(relative)")
        if let reason = Self.notStructureMessages[relative] {
            #expect(throws: SDMXError.self, "\(reason)") { try SDMXMLReader().read(path: path) }
            return
        }
        let (result, turtle) = try SDMXImport.turtle(from: ByteSource(path: path))
        #expect(!result.message.isEmpty || !result.ignored.isEmpty, "nothing read from \(relative)")
        // The Turtle parses, and exporting what was read gives valid SDMX-ML 2.1.
        var builder = StoreBuilder()
        try builder.load(ByteSource(string: turtle, name: relative + ".ttl"), format: .turtle)
        let again = try SDMXMapping.structureMessage(from: builder.build(), header: result.message.header)
        #expect(again.references.count >= result.message.codelists.count)
        try SDMXTestSupport.expectValidXML(try SDMXMLWriter(version: .v2_1).bytes(result.message), .v2_1, name: relative)
        try SDMXTestSupport.expectValidXML(try SDMXMLWriter(version: .v3_0).bytes(result.message), .v3_0, name: relative)
        for v in SDMXJSONVersion.allCases {
            try SDMXTestSupport.expectValidJSON(SDMXJSONWriter(version: v).bytes(result.message), v, name: relative)
        }
    }

    @Test func commonCodelistsReadInDetail() throws {
        let folder = try #require(SDMXTestSupport.sdmxFolder)
        let r = try SDMXMLReader().read(path: folder + "/samples/v2_1/common/common.xml")
        #expect(r.version == .v2_1)
        let freq = try #require(r.message.codelists.first { $0.identity.id == "CL_FREQ" })
        #expect(freq.identity.agencyID == "SDMX")
        #expect(freq.codes.first { $0.id == "A" }?.names["en"] == "Annual")
        #expect(r.message.header.id == "SDMX_COG")
    }

    @Test func dataStructure30ReadInDetail() throws {
        let folder = try #require(SDMXTestSupport.sdmxFolder)
        let r = try SDMXMLReader().read(path: folder + "/samples/v3_0/Data Structure Definition/ECB_EXR.xml")
        #expect(r.version == .v3_0)
        let dsd = try #require(r.message.dataStructures.first)
        #expect(dsd.dimensions.map(\.id) == ["FREQ", "CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_SUFFIX"])
        #expect(dsd.timeDimension?.id == "TIME_PERIOD")
        #expect(dsd.groups.first?.dimensionIDs == ["CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_SUFFIX"])
        #expect(dsd.attributes.first { $0.id == "OBS_STATUS" }?.attachment == .observation)
        #expect(dsd.attributes.first { $0.id == "TIME_FORMAT" }?.assignmentStatus == .mandatory)
        #expect(dsd.measure?.id == "OBS_VALUE")
        #expect(dsd.dimensions[0].representation == .enumeration(ArtefactReference(.codelist, agencyID: "ECB", id: "CL_FREQ", version: "1.0")))
    }

    @Test func dataStructure21WithURNReferences() throws {
        let folder = try #require(SDMXTestSupport.sdmxFolder)
        let r = try SDMXMLReader().read(path: folder + "/samples/v2_1/exr/ecb_exr_ng/ecb_exr_ng_full.xml")
        let dsd = try #require(r.message.dataStructures.first { $0.identity.id == "ECB_EXR_NG" })
        #expect(dsd.dimensions.count == 5)
        #expect(dsd.dimensions[1].concept.scheme.id == "CROSS_DOMAIN_CONCEPTS")
        #expect(dsd.attributes.first { $0.id == "COLL_METHOD" }?.attachment == .dimensions(["EXR_TYPE", "EXR_VAR"]))
        #expect(dsd.attributes.first { $0.id == "OBS_STATUS" }?.attachment == .observation)
    }
}
