/// The structure sections of a message, in the order a version writes them.
enum SDMXMLSection {
    case dataflows, categorySchemes, categorisations, codelists, conceptSchemes, dataStructures
    case structureSets, representationMaps
}

/// The shared core of the SDMX-ML structure writers: everything both versions write alike
/// (message root and header, names and descriptions, maintainable artefacts, item schemes,
/// data structures). A version (`SDMXML21Writer`, `SDMXML30Writer`) supplies only what differs:
/// section order and element names, how references are written (2.1 `<Ref>` elements, 3.0
/// URNs as text) and a few version-specific attributes.
protocol SDMXMLStructureWriting {
    var out: XMLOutput { get }
    static var version: SDMXMLVersion { get }
    /// Section elements in schema order.
    static var sections: [(element: String, section: SDMXMLSection)] { get }
    /// 2.1 writes `isFinal` on maintainable artefacts; 3.0 carries finality in the version.
    static var writesIsFinal: Bool { get }

    /// `element` holding a reference to a maintainable artefact.
    func artefactRef(_ element: String, _ r: ArtefactReference) throws
    /// `element` holding a reference to an item of a scheme.
    func itemRef(_ element: String, _ r: ItemReference) throws
    /// `element` holding a reference to `id` within the same artefact (parent item, dimension,
    /// group), of class `className` in `package`.
    func localRef(_ element: String, _ id: String, _ className: String, _ package: String) throws
    /// The `textType` written for a text format.
    func textType(_ type: String) -> String

    // Data structures.
    /// 2.1 writes the time dimension's `position`; 3.0 does not.
    static var writesTimeDimensionPosition: Bool { get }
    /// The measure's element and component class (2.1 `PrimaryMeasure`, 3.0 `Measure`).
    static var measure: (element: String, className: String) { get }
    /// The attribute's assignment attribute (2.1 `assignmentStatus`, 3.0 `usage`).
    func assignment(_ status: AssignmentStatus) -> (name: String, value: String)
    /// The relationship element of an attribute attached to the data set.
    static var dataSetAttachment: String { get }
    /// The relationship of an attribute attached to observations.
    func observationAttachment(_ d: DataStructure) throws
}

extension SDMXMLStructureWriting {
    func write(_ m: StructureMessage) throws {
        try out.messageRoot(Self.version)
        try out.header(m.header)
        try out.start("mes:Structures")
        for (element, s) in Self.sections {
            switch s {
            case .dataflows: try section(element, m.dataflows, dataflow)
            case .categorySchemes: try section(element, m.categorySchemes, categoryScheme)
            case .categorisations: try section(element, m.categorisations, categorisation)
            case .codelists: try section(element, m.codelists, codelist)
            case .conceptSchemes: try section(element, m.conceptSchemes, conceptScheme)
            case .dataStructures: try section(element, m.dataStructures, dataStructure)
            case .structureSets: try section(element, m.structureSets, structureSet)
            case .representationMaps: try section(element, m.representationMaps, representationMap)
            }
        }
        try out.end()
        try out.end()
    }

    private func section<T>(_ name: String, _ items: [T], _ body: (T) throws -> Void) throws {
        guard !items.isEmpty else { return }
        try out.start(name)
        for i in items { try body(i) }
        try out.end()
    }

    /// Starts a maintainable artefact's element with its identifying attributes.
    func maintainable(_ element: String, _ ref: ArtefactReference, _ identity: MaintainableIdentity) throws {
        try out.start(element)
        try out.attribute("id", identity.id)
        try out.attribute("urn", ref.urn)
        try out.attribute("agencyID", identity.agencyID)
        try out.attribute("version", identity.version)
        if identity.isExternalReference { try out.attribute("isExternalReference", "true") }
        if Self.writesIsFinal { try out.attribute("isFinal", identity.isFinal ? "true" : "false") }
    }

    func codelist(_ c: Codelist) throws {
        try maintainable("str:Codelist", c.reference, c.identity)
        if let v = c.validFrom { try out.attribute("validFrom", v) }
        if let v = c.validTo { try out.attribute("validTo", v) }
        try out.names(c.names, c.descriptions, fallback: c.identity.id)
        let urnPrefix = c.reference.itemURN(itemClass: "Code", itemID: "")
        for code in c.codes {
            try out.start("str:Code")
            try out.attribute("id", code.id)
            try out.attribute("urn", urnPrefix + code.id)
            try out.names(code.names, code.descriptions, fallback: code.id)
            if let p = code.parentID { try localRef("str:Parent", p, "Code", "codelist") }
            try out.end()
        }
        try out.end()
    }

    func conceptScheme(_ s: ConceptScheme) throws {
        try maintainable("str:ConceptScheme", s.reference, s.identity)
        try out.names(s.names, s.descriptions, fallback: s.identity.id)
        for c in s.concepts {
            try out.start("str:Concept")
            try out.attribute("id", c.id)
            try out.attribute("urn", s.reference.itemURN(itemClass: "Concept", itemID: c.id))
            try out.names(c.names, c.descriptions, fallback: c.id)
            if let p = c.parentID { try localRef("str:Parent", p, "Concept", "conceptscheme") }
            if let r = c.coreRepresentation { try representation("str:CoreRepresentation", r) }
            try out.end()
        }
        try out.end()
    }

    func categoryScheme(_ s: CategoryScheme) throws {
        try maintainable("str:CategoryScheme", s.reference, s.identity)
        try out.names(s.names, s.descriptions, fallback: s.identity.id)
        func category(_ c: Category, path: String) throws {
            try out.start("str:Category")
            try out.attribute("id", c.id)
            try out.attribute("urn", s.reference.itemURN(itemClass: "Category", itemID: path))
            try out.names(c.names, c.descriptions, fallback: c.id)
            for child in c.children { try category(child, path: path + "." + child.id) }
            try out.end()
        }
        for c in s.categories { try category(c, path: c.id) }
        try out.end()
    }

    func categorisation(_ c: Categorisation) throws {
        try maintainable("str:Categorisation", c.reference, c.identity)
        try out.names(c.names, InternationalString(), fallback: c.identity.id)
        try artefactRef("str:Source", c.source)
        try itemRef("str:Target", c.target)
        try out.end()
    }

    func dataflow(_ d: Dataflow) throws {
        try maintainable("str:Dataflow", d.reference, d.identity)
        try out.names(d.names, d.descriptions, fallback: d.identity.id)
        if let s = d.structure { try artefactRef("str:Structure", s) }
        try out.end()
    }

    func representation(_ element: String, _ r: Representation) throws {
        try out.start(element)
        switch r {
        case .enumeration(let list): try artefactRef("str:Enumeration", list)
        case .textFormat(let type): try out.element("str:TextFormat", [("textType", textType(type))])
        }
        try out.end()
    }
}
