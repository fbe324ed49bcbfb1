import SDMX
import Testing

/// Groups and every attribute attachment (data set, dimensions, group, observation), which the
/// catalog does not use: each version writes its own form and the message validates.
@Suite struct XMLAttachmentExportTests {
    static func message() -> StructureMessage {
        let concepts = ArtefactReference(.conceptScheme, agencyID: "A", id: "CS", version: "1.0")
        func concept(_ id: String) -> ItemReference { ItemReference(scheme: concepts, itemID: id) }
        let dsd = DataStructure(
            identity: MaintainableIdentity(agencyID: "A", id: "DSD"),
            names: InternationalString([LocalisedString("DSD", language: "en")]),
            dimensions: [Dimension(id: "FREQ", position: 1, concept: concept("FREQ")),
                         Dimension(id: "REF_AREA", position: 2, concept: concept("REF_AREA"))],
            timeDimension: TimeDimension(concept: concept("TIME_PERIOD")),
            groups: [DimensionGroup(id: "SIBLING", dimensionIDs: ["REF_AREA"])],
            attributes: [
                DataAttribute(id: "TITLE", concept: concept("TITLE"), assignmentStatus: .conditional, attachment: .dataSet),
                DataAttribute(id: "UNIT", concept: concept("UNIT"), assignmentStatus: .mandatory, attachment: .dimensions(["FREQ", "REF_AREA"])),
                DataAttribute(id: "NOTE", concept: concept("NOTE"), assignmentStatus: .conditional, attachment: .group("SIBLING")),
                DataAttribute(id: "STATUS", concept: concept("STATUS"), assignmentStatus: .conditional, attachment: .observation),
            ],
            measure: PrimaryMeasure(concept: concept("OBS_VALUE")))
        return StructureMessage(dataStructures: [dsd])
    }

    @Test(arguments: SDMXMLVersion.allCases)
    func validates(_ version: SDMXMLVersion) throws {
        let bytes = try SDMXMLWriter(version: version).bytes(Self.message())
        try SDMXTestSupport.expectValidXML(bytes, version, name: "attachments-\(version.rawValue)")
    }

    @Test func v21Forms() throws {
        let xml = try SDMXMLWriter(version: .v2_1, indent: false).string(Self.message())
        #expect(xml.contains(#"<str:DimensionReference><Ref id="REF_AREA"/></str:DimensionReference>"#))
        #expect(xml.contains(#"assignmentStatus="Conditional"><str:ConceptIdentity><Ref agencyID="A" maintainableParentID="CS""#))
        #expect(xml.contains("<str:AttributeRelationship><str:None/></str:AttributeRelationship>"))
        #expect(xml.contains(#"<str:Group><Ref id="SIBLING"/></str:Group>"#))
        #expect(xml.contains(#"<str:PrimaryMeasure><Ref id="OBS_VALUE"/></str:PrimaryMeasure></str:AttributeRelationship>"#))
        #expect(xml.contains(#"<str:TimeDimension id="TIME_PERIOD" urn="urn:sdmx:org.sdmx.infomodel.datastructure.TimeDimension=A:DSD(1.0).TIME_PERIOD" position="3">"#))
    }

    @Test func v30Forms() throws {
        let xml = try SDMXMLWriter(version: .v3_0, indent: false).string(Self.message())
        #expect(xml.contains("<str:GroupDimension><str:DimensionReference>REF_AREA</str:DimensionReference></str:GroupDimension>"))
        #expect(xml.contains("<str:AttributeRelationship><str:Dataflow/></str:AttributeRelationship>"))
        #expect(xml.contains("<str:AttributeRelationship><str:Dimension>FREQ</str:Dimension><str:Dimension>REF_AREA</str:Dimension></str:AttributeRelationship>"))
        #expect(xml.contains("<str:AttributeRelationship><str:Group>SIBLING</str:Group></str:AttributeRelationship>"))
        #expect(xml.contains("<str:AttributeRelationship><str:Observation/></str:AttributeRelationship>"))
        #expect(xml.contains(#"usage="mandatory""#))
        #expect(!xml.contains("isFinal") && !xml.contains("position=\"3\""))
    }
}
