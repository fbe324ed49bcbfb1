import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// The NACE Rev. 2 → 2.1 correspondence over both SDMX REST versions: a 2.1 `StructureSet` and
/// a 3.0 `RepresentationMap`, each valid against its XSD, in SDMX-JSON too.
@Suite("SDMX correspondence routes")
struct SDMXCorrespondenceRouteTests {
    typealias Routes = SDMXRouteTests

    @Test func structureSetAndRepresentationMapOverBothAPIs() async throws {
        let a = try await Routes.get([
            ("/sdmx/v1/structureset/ESTAT/nace-r2-nace-r2-1/latest?references=children", nil),
            ("/sdmx/v2/structure/representationmap/ESTAT/nace-r2-nace-r2-1/~", Routes.xml30),
            ("/sdmx/v2/structure/representationmap/ESTAT/nace-r2-nace-r2-1/~", Routes.json20),
            ("/sdmx/v1/structureset/ESTAT/nace-r2-nace-r2-1", Routes.json10),
            ("/sdmx/v2/structure/representationmap/*/*/~", Routes.xml21),
            ("/sdmx/v1/structureset/NOBODY", nil),
        ])
        #expect(a[0].status == 200 && a[0].contentType == Routes.xml21)
        #expect(Routes.ids("StructureSet", in: a[0].body) == ["nace-r2-nace-r2-1"])
        #expect(Routes.ids("CodelistMap", in: a[0].body) == ["NACE_R2_TO_NACE_R2_1"])
        #expect(Set(Routes.ids("Codelist", in: a[0].body)) == ["NACE_R2", "NACE_R2_1"])
        #expect(a[0].body.components(separatedBy: "<str:CodeMap>").count - 1 == 1_570)
        try ExternalTools.expectValidSDMXML(a[0].body, schemaFolder: "v2_1", "structure set 2.1")
        #expect(a[1].status == 200 && Routes.ids("RepresentationMap", in: a[1].body) == ["nace-r2-nace-r2-1"])
        #expect(a[1].body.contains("<str:SourceValue>16_10</str:SourceValue>"))
        try ExternalTools.expectValidSDMXML(a[1].body, schemaFolder: "v3_0_1-develop", "representation map 3.0")
        #expect(a[2].status == 200 && a[2].body.contains("\"representationMappings\""))
        #expect(a[3].status == 200 && a[3].body.contains("\"codelistMaps\""))
        // a REST 2 query asked for SDMX-ML 2.1 gets the same tables as structure sets
        #expect(Set(Routes.ids("StructureSet", in: a[4].body)) == ["nace-r2-nace-r2-1", "fr-regions-2015-2016"])
        try ExternalTools.expectValidSDMXML(a[4].body, schemaFolder: "v2_1", "representation maps as 2.1")
        #expect(a[5].status == 404)
    }
}
