import Foundation
import SDMX
import Testing

/// `detail=` values over the repository catalog: what each keeps, and that every answer
/// validates in SDMX-ML 2.1/3.0 and SDMX-JSON 1.0/2.0.
@Suite("SDMX REST detail values")
struct StructureDetailTests {
    static func resolve(_ path: String, _ detail: StructureDetail) throws -> StructureMessage {
        let resolver = StructureQueryResolver(catalog: try SDMXTestSupport.catalogMessage())
        let r = resolver.answer(api: .v1, path: path, parameters: ["detail": detail.rawValue, "references": "all"])
        #expect(r.status == 200, "\(path) detail=\(detail.rawValue): \(r.reason ?? "")")
        return try #require(r.message)
    }

    static let path = "/dataflow/INSEE/DF_CPI/latest"
    static let served: [StructureDetail] = [.allstubs, .referencestubs, .allcompletestubs, .referencecompletestubs, .referencepartial]

    @Test(arguments: served)
    func everyFormatValidates(_ detail: StructureDetail) throws {
        let m = try Self.resolve(Self.path, detail)
        for v in SDMXMLVersion.allCases {
            try SDMXTestSupport.expectValidXML(try SDMXMLWriter(version: v).bytes(m), v, name: "detail-\(detail.rawValue)-\(v.rawValue)")
        }
        for v in SDMXJSONVersion.allCases {
            try SDMXTestSupport.expectValidJSON(SDMXJSONWriter(version: v).bytes(m), v, name: "detail-\(detail.rawValue)")
        }
    }

    @Test func allStubsHaveNoContent() throws {
        let m = try Self.resolve(Self.path, .allstubs)
        #expect(!m.dataflows.isEmpty && !m.dataStructures.isEmpty && !m.codelists.isEmpty)
        #expect(m.references.count == (try Self.resolve(Self.path, .full)).references.count)
        #expect(m.codelists.allSatisfy { $0.codes.isEmpty && $0.identity.isExternalReference && $0.descriptions.isEmpty })
        #expect(m.conceptSchemes.allSatisfy { $0.concepts.isEmpty })
        #expect(m.dataStructures.allSatisfy { !$0.hasComponents })
        #expect(m.dataflows.allSatisfy { $0.structure == nil && $0.identity.isExternalReference })
        let xml = String(decoding: try SDMXMLWriter(version: .v2_1).bytes(m), as: UTF8.self)
        #expect(xml.contains("isExternalReference=\"true\"") && !xml.contains("<str:Code ") && !xml.contains("DataStructureComponents"))
    }

    @Test func completeStubsKeepDescriptions() throws {
        let full = try Self.resolve(Self.path, .full)
        let stubs = try Self.resolve(Self.path, .allcompletestubs)
        #expect(stubs.codelists.map(\.descriptions) == full.codelists.map(\.descriptions))
        #expect(stubs.dataflows.map(\.descriptions) == full.dataflows.map(\.descriptions))
        #expect(stubs.codelists.allSatisfy { $0.codes.isEmpty && $0.identity.isExternalReference })
    }

    @Test func referenceStubsKeepTheMatchFull() throws {
        for detail in [StructureDetail.referencestubs, .referencecompletestubs] {
            let m = try Self.resolve(Self.path, detail)
            let flow = try #require(m.dataflows.first { $0.identity.id == "DF_CPI" })
            #expect(!flow.identity.isExternalReference && flow.structure != nil)
            #expect(m.dataStructures.allSatisfy { !$0.hasComponents && $0.identity.isExternalReference })
            #expect(m.codelists.allSatisfy { $0.codes.isEmpty })
        }
    }

    @Test func referencePartialKeepsUsedItems() throws {
        let full = try Self.resolve("/datastructure/INSEE/DSD_CPI/latest", .full)
        let partial = try Self.resolve("/datastructure/INSEE/DSD_CPI/latest", .referencepartial)
        let dsd = try #require(partial.dataStructures.first)
        #expect(dsd.hasComponents && !dsd.identity.isExternalReference)
        var used = Set(dsd.dimensions.map(\.concept.itemID) + dsd.attributes.map(\.concept.itemID))
        if let t = dsd.timeDimension { used.insert(t.concept.itemID) }
        if let x = dsd.measure { used.insert(x.concept.itemID) }
        let kept = Set(partial.conceptSchemes.flatMap { $0.concepts.map(\.id) })
        #expect(used.isSubset(of: kept))
        #expect(kept.count <= full.conceptSchemes.flatMap(\.concepts).count)
        // No content constraint: every code of a used codelist is allowed, hence kept.
        #expect(partial.codelists == full.codelists)
    }

    @Test func referencePartialCutsCategorySchemesToTheTargets() throws {
        let m = try Self.resolve(Self.path, .referencepartial)
        let targets = Set(m.categorisations.map(\.target.itemID))
        #expect(!targets.isEmpty)
        for s in m.categorySchemes {
            #expect(s.categoryPaths.allSatisfy { p in targets.contains { $0 == p || $0.hasPrefix(p + ".") } })
        }
    }
}
