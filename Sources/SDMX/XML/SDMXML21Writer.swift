/// SDMX-ML 2.1 structure message body (the shared core is `SDMXMLStructureWriting`).
/// References are `<Ref>` elements with explicit `class` and `package` (some clients, e.g.
/// pysdmx, reject them otherwise).
struct SDMXML21Writer: SDMXMLStructureWriting {
    let out: XMLOutput

    static let version = SDMXMLVersion.v2_1
    static let sections: [(element: String, section: SDMXMLSection)] = [
        ("str:Dataflows", .dataflows), ("str:CategorySchemes", .categorySchemes),
        ("str:Categorisations", .categorisations), ("str:Codelists", .codelists),
        ("str:Concepts", .conceptSchemes), ("str:DataStructures", .dataStructures),
        ("str:StructureSets", .structureSets),
    ]
    static let writesIsFinal = true
    static let writesTimeDimensionPosition = true
    static let measure = (element: "str:PrimaryMeasure", className: "PrimaryMeasure")
    static let dataSetAttachment = "str:None"

    func artefactRef(_ element: String, _ r: ArtefactReference) throws {
        try out.start(element)
        try out.element("Ref", [("agencyID", r.agencyID), ("id", r.id), ("version", r.version),
                                ("class", r.type.className), ("package", r.type.package)])
        try out.end()
    }

    func itemRef(_ element: String, _ r: ItemReference) throws {
        try out.start(element)
        try out.element("Ref", [("agencyID", r.scheme.agencyID), ("maintainableParentID", r.scheme.id),
                                ("maintainableParentVersion", r.scheme.version), ("id", r.itemID),
                                ("class", r.itemClass), ("package", r.scheme.type.package)])
        try out.end()
    }

    /// A local reference. Component references inside a data structure (`Dimension`,
    /// `PrimaryMeasure`, `GroupDimensionDescriptor`) leave `class` and `package` to the XSD's
    /// fixed defaults: sdmx1 2.28 cannot read them spelled out (KeyError on the class), and
    /// pysdmx reads both forms. Item parents keep them (pysdmx wants them there).
    func localRef(_ element: String, _ id: String, _ className: String, _ package: String) throws {
        try out.start(element)
        try out.start("Ref")
        try out.attribute("id", id)
        if package != "datastructure" {
            try out.attribute("class", className)
            try out.attribute("package", package)
        }
        try out.end()
        try out.end()
    }

    /// SDMX-ML 2.1 knows fewer text types than 3.0 (e.g. no GeospatialInformation).
    func textType(_ type: String) -> String { SDMXTextTypes.v21(type) }

    func assignment(_ status: AssignmentStatus) -> (name: String, value: String) {
        ("assignmentStatus", status.rawValue)
    }

    func observationAttachment(_ d: DataStructure) throws {
        try localRef("str:PrimaryMeasure", d.measure?.id ?? "OBS_VALUE", "PrimaryMeasure", "datastructure")
    }
}
