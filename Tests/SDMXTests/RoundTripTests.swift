import Foundation
import RDF
import RDFFormats
import SDMX
import Store
import Testing

@Suite struct RoundTripTests {
    static let header = MessageHeader(id: "TEST", prepared: "2026-01-01T00:00:00Z")

    /// Catalog → SDMX-ML → reader gives the same model.
    @Test(arguments: SDMXMLVersion.allCases)
    func xmlRoundTrip(_ version: SDMXMLVersion) throws {
        let m = try SDMXTestSupport.catalogMessage()
        let bytes = try SDMXMLWriter(version: version).bytes(m)
        var read = try SDMXMLReader().read(ByteSource(bytes: bytes, name: "export.xml")).message
        read.header = m.header
        // each version carries its own kind of correspondence (2.1 structure sets, 3.0 representation maps)
        if version == .v2_1 { read.representationMaps = m.representationMaps } else { read.structureSets = m.structureSets }
        expectSameArtefacts(read, m)
    }

    /// Catalog → SDMX-ML → import (Turtle) → load → export gives the same artefacts.
    @Test(arguments: SDMXMLVersion.allCases)
    func exportImportExport(_ version: SDMXMLVersion) throws {
        let m = try SDMXTestSupport.catalogMessage()
        let bytes = try SDMXMLWriter(version: version).bytes(m)
        let (_, turtle) = try SDMXImport.turtle(from: ByteSource(bytes: bytes, name: "export.xml"))
        var builder = StoreBuilder()
        try builder.load(ByteSource(string: turtle, name: "import.ttl"), format: .turtle)
        let again = try SDMXMapping.structureMessage(from: builder.build(), header: m.header)
        expectSameArtefacts(again, m)
        #expect(try SDMXMLWriter(version: version).bytes(again) == bytes)
    }

    /// For a sample, import → export → import → export is a fixed point after the first import.
    @Test func sampleReachesFixedPoint() throws {
        let folder = try #require(SDMXTestSupport.sdmxFolder)
        let first = try SDMXMLReader().read(path: folder + "/samples/v2_1/demography/demography.xml").message
        func cycle(_ m: StructureMessage) throws -> StructureMessage {
            var b = StoreBuilder()
            try b.load(ByteSource(string: try SDMXImport.turtle(m), name: "x.ttl"), format: .turtle)
            return try SDMXMapping.structureMessage(from: b.build(), header: Self.header)
        }
        let once = try cycle(first), twice = try cycle(once)
        expectSameArtefacts(twice, once)
        #expect(once.codelists.map(\.reference) == first.codelists.map(\.reference))
    }

    func expectSameArtefacts(_ a: StructureMessage, _ b: StructureMessage) {
        #expect(a.codelists == b.codelists)
        #expect(a.conceptSchemes == b.conceptSchemes)
        #expect(a.categorySchemes == b.categorySchemes)
        #expect(a.categorisations == b.categorisations)
        #expect(a.dataStructures == b.dataStructures)
        #expect(a.dataflows == b.dataflows)
        #expect(a.structureSets == b.structureSets)
        #expect(a.representationMaps == b.representationMaps)
    }
}
