import Foundation
import SDMX
import Testing

@Suite struct CatalogMappingTests {
    @Test func catalogGivesEveryArtefactType() throws {
        let m = try SDMXTestSupport.catalogMessage()
        #expect(m.codelists.count >= 10)
        #expect(m.conceptSchemes.contains { $0.identity.id == "CS_LODESTAT" && $0.identity.agencyID == "INSEE" })
        #expect(m.categorySchemes.map(\.identity.id) == ["CL_THEME"])
        #expect(m.dataflows.count == 4)
        #expect(m.dataStructures.count == 4)
        #expect(m.categorisations.count >= 4)
    }

    @Test func codelistIdentityNamesAndHierarchy() throws {
        let m = try SDMXTestSupport.catalogMessage()
        let freq = try #require(m.codelists.first { $0.identity.id == "CL_FREQ" })
        #expect(freq.identity == MaintainableIdentity(agencyID: "SDMX", id: "CL_FREQ", version: "1.0", isFinal: true))
        #expect(freq.names["fr"] == "Liste de codes de la fréquence (FREQ)")
        #expect(freq.codes.first { $0.id == "M" }?.names["en"] == "Monthly")
        let nace = try #require(m.codelists.first { $0.identity.id == "NACE_R2" })
        #expect(nace.identity.agencyID == "ESTAT")
        let c0111 = try #require(nace.codes.first { $0.id == "01_11" })
        #expect(c0111.parentID == "01_1")
        #expect(nace.codes.first { $0.id == "01" }?.parentID == "A")
        #expect(nace.codes.first { $0.id == "A" }?.parentID == nil)
    }

    /// Both NACE versions are codelists with their validity (inclusive xs:dateTime bounds), written in
    /// SDMX-ML 2.1 and 3.0 as `validFrom` / `validTo`.
    @Test func naceVersionsCarryTheirValidity() throws {
        let m = try SDMXTestSupport.catalogMessage()
        let rev2 = try #require(m.codelists.first { $0.identity.id == "NACE_R2" })
        let rev21 = try #require(m.codelists.first { $0.identity.id == "NACE_R2_1" })
        #expect(rev2.validFrom == "2008-01-01T00:00:00" && rev2.validTo == "2024-12-31T23:59:59")
        #expect(rev21.validFrom == "2025-01-01T00:00:00" && rev21.validTo == nil)
        #expect(rev21.codes.count == 1_047)
        #expect(m.codelists.first { $0.identity.id == "CL_FREQ" }?.validFrom == nil)
        for version in SDMXMLVersion.allCases {
            let xml = try SDMXMLWriter(version: version).string(SDMXMessageSubset.codelists(m, ["NACE_R2_1"]))
            #expect(xml.contains("validFrom=\"2025-01-01T00:00:00\""), "\(version)")
        }
    }

    @Test func dataStructureComponents() throws {
        let m = try SDMXTestSupport.catalogMessage()
        let dsd = try #require(m.dataStructures.first { $0.identity.id == "DSD_CPI" })
        #expect(dsd.dimensions.map(\.id) == ["FREQ", "REF_AREA", "COICOP"])
        #expect(dsd.dimensions.map(\.position) == [1, 2, 3])
        #expect(dsd.timeDimension?.id == "TIME_PERIOD")
        #expect(dsd.measure?.id == "OBS_VALUE")
        let freq = dsd.dimensions[0]
        #expect(freq.concept == ItemReference(scheme: ArtefactReference(.conceptScheme, agencyID: "INSEE", id: "CS_LODESTAT", version: "1.0"), itemID: "FREQ"))
        #expect(freq.representation == .enumeration(ArtefactReference(.codelist, agencyID: "SDMX", id: "CL_FREQ", version: "1.0")))
        let unit = try #require(dsd.attributes.first { $0.id == "UNIT_MEASURE" })
        #expect(unit.assignmentStatus == .mandatory)
        #expect(unit.attachment == .dimensions(["FREQ", "REF_AREA", "COICOP"]))
        #expect(dsd.attributes.first { $0.id == "OBS_STATUS" }?.attachment == .observation)
        #expect(dsd.attributes.first { $0.id == "OBS_STATUS" }?.assignmentStatus == .conditional)
    }

    @Test func dataflowAndCategorisation() throws {
        let m = try SDMXTestSupport.catalogMessage()
        let df = try #require(m.dataflows.first { $0.identity.id == "DF_CPI" })
        #expect(df.structure == ArtefactReference(.dataStructure, agencyID: "INSEE", id: "DSD_CPI", version: "1.0"))
        #expect(df.names["en"] == "Consumer price index")
        let cat = try #require(m.categorisations.first { $0.source == df.reference })
        #expect(cat.target.itemID == "PRI")
        #expect(cat.target.scheme.id == "CL_THEME")
    }
}

/// A message with only some of its codelists (to look at one artefact's XML).
enum SDMXMessageSubset {
    static func codelists(_ m: StructureMessage, _ ids: Set<String>) -> StructureMessage {
        var out = m
        out.codelists = m.codelists.filter { ids.contains($0.identity.id) }
        out.conceptSchemes = []
        out.categorySchemes = []
        out.categorisations = []
        out.dataStructures = []
        out.dataflows = []
        return out
    }
}
