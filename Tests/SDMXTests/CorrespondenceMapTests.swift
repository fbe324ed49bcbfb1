import Foundation
import RDFFormats
import SDMX
import Store
import Testing
import TestSupport

/// The NACE Rev. 2 → Rev. 2.1 correspondence as an SDMX 2.1 structure set and a 3.0
/// representation map: its class pairs equal Eurostat's table (read from TestMaterial, not from
/// the catalog), each version validates, reads back and answers the REST routes.
@Suite struct CorrespondenceMapTests {
    static let naceMap = "nace-r2-nace-r2-1"

    /// Eurostat's class rows (`TestMaterial/classifications/nace2_to_nace21_classes.csv`) as
    /// SDMX code pairs (`01.11` → code id `01_11`); the row with no Rev. 2 class is left out.
    static func officialClassPairs() throws -> Set<CodePair> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let text = try String(contentsOfFile: root + "/TestMaterial/classifications/nace2_to_nace21_classes.csv", encoding: .utf8)
        var pairs = Set<CodePair>()
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else { continue }
            pairs.insert(CodePair(source: SDMXID.sanitize(fields[0]), target: SDMXID.sanitize(fields[1])))
        }
        return pairs
    }

    static func naceRepresentationMap(_ m: StructureMessage) throws -> RepresentationMap {
        try #require(m.representationMaps.first { $0.identity.id == naceMap })
    }

    @Test func classPairsEqualTheOfficialTable() throws {
        let m = try SDMXTestSupport.catalogMessage()
        let map = try Self.naceRepresentationMap(m)
        let isClass = { (code: String) in code.count == 5 && code.contains("_") }
        let classPairs = Set(map.pairs.filter { isClass($0.source) && isClass($0.target) })
        let official = try Self.officialClassPairs()
        #expect(official.count > 900)
        #expect(classPairs == official)
        // source and target are the two NACE codelists, and every code of a pair is one of theirs
        let source = try #require(m.codelists.first { $0.reference == map.source })
        let target = try #require(m.codelists.first { $0.reference == map.target })
        #expect(source.identity.id == "NACE_R2" && target.identity.id == "NACE_R2_1")
        #expect(source.validFrom != nil && target.validFrom != nil)
        let sourceCodes = Set(source.codes.map(\.id)), targetCodes = Set(target.codes.map(\.id))
        #expect(map.pairs.allSatisfy { sourceCodes.contains($0.source) && targetCodes.contains($0.target) })
        // sections map to sections: A → A is one of the pairs
        #expect(map.pairs.contains(CodePair(source: "A", target: "A")))
        // the 2.1 structure set carries the same table in one codelist map
        let set = try #require(m.structureSets.first { $0.identity == map.identity })
        #expect(set.codelistMaps.count == 1)
        #expect(set.codelistMaps.first?.pairs == map.pairs)
        #expect(set.codelistMaps.first?.source == map.source)
    }

    @Test(arguments: SDMXMLVersion.allCases)
    func writtenAndReadBack(_ version: SDMXMLVersion) throws {
        let m = try SDMXTestSupport.catalogMessage()
        let one = StructureMessage(header: m.header, codelists: m.codelists.filter { $0.identity.id.hasPrefix("NACE") },
                                   structureSets: m.structureSets, representationMaps: m.representationMaps)
        let bytes = try SDMXMLWriter(version: version).bytes(one)
        let xml = String(decoding: bytes, as: UTF8.self)
        if version == .v2_1 {
            #expect(xml.contains("<str:StructureSet ") && xml.contains("<str:CodelistMap ") && xml.contains("<str:CodeMap>"))
            #expect(!xml.contains("RepresentationMap"))
        } else {
            #expect(xml.contains("<str:RepresentationMap ") && xml.contains("<str:RepresentationMapping>"))
            #expect(!xml.contains("StructureSet"))
        }
        try SDMXTestSupport.expectValidXML(bytes, version, name: "nace-map-\(version.rawValue)")
        let read = try SDMXMLReader().read(ByteSource(bytes: bytes, name: "map.xml"))
        #expect(read.ignored.isEmpty)
        if version == .v2_1 {
            #expect(read.message.structureSets == one.structureSets)
            #expect(read.message.representationMaps.isEmpty)
        } else {
            #expect(read.message.representationMaps == one.representationMaps)
            #expect(read.message.structureSets.isEmpty)
        }
    }

    /// Import (→ xkos:Correspondence) and export again gives the same maps, with the association
    /// kinds computed from the pairs.
    @Test(arguments: SDMXMLVersion.allCases)
    func importedAsACorrespondence(_ version: SDMXMLVersion) throws {
        let m = try SDMXTestSupport.catalogMessage()
        let bytes = try SDMXMLWriter(version: version).bytes(m)
        let (_, turtle) = try SDMXImport.turtle(from: ByteSource(bytes: bytes, name: "export.xml"))
        #expect(turtle.contains("xkos:Correspondence") || turtle.contains("xkos#Correspondence"))
        #expect(turtle.contains("\"1:n\"") && turtle.contains("\"n:1\""))
        // the kind recomputed from the pairs: NACE Rev. 2 16.10 is split into 16.11 and 16.12
        for pair in ["16_10_16_11", "16_10_16_12"] {
            // the association as a subject (`<…/16_10_16_11> a xkos:ConceptAssociation ; … .`)
            let block = try #require(turtle.components(separatedBy: "nace-r2-nace-r2-1/\(pair)> a ").dropFirst().first,
                                     "\(pair) is not a subject")
            let statements = block.components(separatedBy: " .\n").first ?? ""
            #expect(statements.contains("\"1:n\""), "\(pair): \(statements.prefix(300))")
        }
        var builder = StoreBuilder()
        try builder.load(ByteSource(string: turtle, name: "import.ttl"), format: .turtle)
        let again = try SDMXMapping.structureMessage(from: builder.build(), header: m.header)
        #expect(again.representationMaps == m.representationMaps)
        #expect(again.structureSets == m.structureSets)
    }

    static let structureSet = """
<?xml version="1.0" encoding="UTF-8"?>
<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
  <mes:Header><mes:ID>T</mes:ID><mes:Test>false</mes:Test><mes:Prepared>2026-01-01T00:00:00Z</mes:Prepared><mes:Sender id="T"/></mes:Header>
  <mes:Structures>
    <str:StructureSets>
      <str:StructureSet id="MAP" agencyID="A" version="1.0" isFinal="true">
        <com:Name xml:lang="en">A map</com:Name>
        <str:CodelistMap id="X_TO_Y">
          <com:Name xml:lang="en">X to Y</com:Name>
          <str:Source><Ref agencyID="A" id="X" version="1.0" class="Codelist" package="codelist"/></str:Source>
          <str:Target><Ref agencyID="A" id="Y" version="1.0" class="Codelist" package="codelist"/></str:Target>
          <str:CodeMap><str:Source><Ref id="1"/></str:Source><str:Target><Ref id="2"/></str:Target></str:CodeMap>
        </str:CodelistMap>
      </str:StructureSet>
    </str:StructureSets>
  </mes:Structures>
</mes:Structure>
"""

    static let representationMap = """
<?xml version="1.0" encoding="UTF-8"?>
<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message" xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/structure" xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common">
  <mes:Header><mes:ID>T</mes:ID><mes:Test>false</mes:Test><mes:Prepared>2026-01-01T00:00:00Z</mes:Prepared><mes:Sender id="T"/></mes:Header>
  <mes:Structures>
    <str:RepresentationMaps>
      <str:RepresentationMap id="MAP" agencyID="A" version="1.0" validFrom="2025-01-01T00:00:00">
        <com:Name xml:lang="en">A map</com:Name>
        <str:SourceCodelist>urn:sdmx:org.sdmx.infomodel.codelist.Codelist=A:X(1.0)</str:SourceCodelist>
        <str:TargetCodelist>urn:sdmx:org.sdmx.infomodel.codelist.Codelist=A:Y(1.0)</str:TargetCodelist>
        <str:RepresentationMapping><str:SourceValue>1</str:SourceValue><str:TargetValue>2</str:TargetValue></str:RepresentationMapping>
        <str:RepresentationMapping><str:SourceValue isRegEx="true">^3.*</str:SourceValue><str:TargetValue>4</str:TargetValue></str:RepresentationMapping>
      </str:RepresentationMap>
    </str:RepresentationMaps>
  </mes:Structures>
</mes:Structure>
"""

    /// Hand-written messages: a map without its target codelist is refused with its position; a
    /// mapping by regular expression is listed as not imported, the plain one kept.
    @Test func readingRefusesIncompleteMapsAndListsWhatItSkips() throws {
        let bad = Self.structureSet.replacingOccurrences(
            of: "<str:Target><Ref agencyID=\"A\" id=\"Y\" version=\"1.0\" class=\"Codelist\" package=\"codelist\"/></str:Target>", with: "")
        #expect(bad != Self.structureSet)
        #expect { try SDMXMLReader().read(ByteSource(string: bad, name: "bad.xml")) } throws: { error in
            "\(error)".hasPrefix("bad.xml:") && "\(error)".contains("CodelistMap X_TO_Y needs a Source and a Target codelist")
        }
        let set = try SDMXMLReader().read(ByteSource(string: Self.structureSet, name: "ss.xml")).message
        #expect(set.structureSets.first?.codelistMaps.first?.pairs == [CodePair(source: "1", target: "2")])
        #expect(set.structureSets.first?.codelistMaps.first?.source.id == "X")
        let read = try SDMXMLReader().read(ByteSource(string: Self.representationMap, name: "rm.xml"))
        #expect(read.message.representationMaps.first?.pairs == [CodePair(source: "1", target: "2")])
        #expect(read.message.representationMaps.first?.validFrom == "2025-01-01T00:00:00")
        #expect(read.ignored.count == 1 && read.ignored.first?.contains("^3.*") == true)
    }

    @Test func restRoutesOfBothVersions() throws {
        let r = StructureQueryResolver(catalog: try SDMXTestSupport.catalogMessage())
        let v1 = r.answer(api: .v1, path: "/structureset/ESTAT/\(Self.naceMap)/latest")
        #expect(v1.status == 200)
        #expect(v1.message?.structureSets.map(\.identity.id) == [Self.naceMap])
        let v2 = r.answer(api: .v2, path: "/structure/representationmap/ESTAT/\(Self.naceMap)/~",
                          parameters: ["references": "children"])
        #expect(v2.status == 200)
        #expect(v2.message?.representationMaps.map(\.identity.id) == [Self.naceMap])
        #expect(Set(v2.message?.codelists.map(\.identity.id) ?? []) == ["NACE_R2", "NACE_R2_1"])
        // the codelist's parents include the maps that use it
        let parents = r.answer(api: .v1, path: "/codelist/ESTAT/NACE_R2_1/latest", parameters: ["references": "parents"])
        #expect(parents.message?.structureSets.contains { $0.identity.id == Self.naceMap } == true)
        // a stub keeps identity and codelists, not the pairs
        let stub = r.answer(api: .v2, path: "/structure/representationmap/*/*/~", parameters: ["detail": "allstubs"])
        #expect(stub.message?.representationMaps.allSatisfy { $0.pairs.isEmpty && $0.identity.isExternalReference } == true)
        #expect(r.answer(api: .v1, path: "/structureset/NOBODY").status == 404)
        #expect(r.answer(api: .v2, path: "/structure/representationmap/NOBODY").status == 204)
    }

    @Test(arguments: SDMXJSONVersion.allCases)
    func jsonCarriesTheMaps(_ version: SDMXJSONVersion) throws {
        let m = try SDMXTestSupport.catalogMessage()
        let one = StructureMessage(header: m.header, codelists: m.codelists.filter { $0.identity.id.hasPrefix("NACE") },
                                   structureSets: m.structureSets, representationMaps: m.representationMaps)
        let bytes = SDMXJSONWriter(version: version).bytes(one)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(version == .v1_0 ? "\"codelistMaps\"" : "\"representationMappings\""))
        try SDMXTestSupport.expectValidJSON(bytes, version, name: "nace-map")
    }
}
