/// SDMX-ML 3.0 structure message body (the shared core is `SDMXMLStructureWriting`).
/// References are URNs (element text); 3.0 has no `isFinal` (finality is carried by the
/// version), attributes and measures have a `usage`.
struct SDMXML30Writer: SDMXMLStructureWriting {
    let out: XMLOutput

    static let version = SDMXMLVersion.v3_0
    static let sections: [(element: String, section: SDMXMLSection)] = [
        ("str:Categorisations", .categorisations), ("str:CategorySchemes", .categorySchemes),
        ("str:Codelists", .codelists), ("str:ConceptSchemes", .conceptSchemes),
        ("str:Dataflows", .dataflows), ("str:DataStructures", .dataStructures),
        ("str:RepresentationMaps", .representationMaps),
    ]
    static let writesIsFinal = false
    static let writesTimeDimensionPosition = false
    static let measure = (element: "str:Measure", className: "Measure")
    static let dataSetAttachment = "str:Dataflow"

    func artefactRef(_ element: String, _ r: ArtefactReference) throws {
        try out.element(element, text: r.urn)
    }

    func itemRef(_ element: String, _ r: ItemReference) throws {
        try out.element(element, text: r.urn)
    }

    func localRef(_ element: String, _ id: String, _ className: String, _ package: String) throws {
        try out.element(element, text: id)
    }

    func textType(_ type: String) -> String { type }

    func assignment(_ status: AssignmentStatus) -> (name: String, value: String) {
        ("usage", status == .mandatory ? "mandatory" : "optional")
    }

    func observationAttachment(_ d: DataStructure) throws {
        try out.element("str:Observation")
    }
}
