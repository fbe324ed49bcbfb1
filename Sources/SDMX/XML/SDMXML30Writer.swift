/// SDMX-ML 3.0 structure message body. References are URNs (element text); 3.0 has no
/// `isFinal` (finality is carried by the version), attributes and measures have a `usage`.
struct SDMXML30Writer {
    let out: XMLOutput

    func write(_ m: StructureMessage) throws {
        try out.messageRoot(.v3_0)
        try out.header(m.header)
        try out.start("mes:Structures")
        try section("str:Categorisations", m.categorisations, categorisation)
        try section("str:CategorySchemes", m.categorySchemes, categoryScheme)
        try section("str:Codelists", m.codelists, codelist)
        try section("str:ConceptSchemes", m.conceptSchemes, conceptScheme)
        try section("str:Dataflows", m.dataflows, dataflow)
        try section("str:DataStructures", m.dataStructures, dataStructure)
        try out.end()
        try out.end()
    }

    private func section<T>(_ name: String, _ items: [T], _ body: (T) throws -> Void) throws {
        guard !items.isEmpty else { return }
        try out.start(name)
        for i in items { try body(i) }
        try out.end()
    }

    func maintainable(_ element: String, _ ref: ArtefactReference, _ identity: MaintainableIdentity) throws {
        try out.start(element)
        try out.attribute("id", identity.id)
        try out.attribute("urn", ref.urn)
        try out.attribute("agencyID", identity.agencyID)
        try out.attribute("version", identity.version)
    }

    func codelist(_ c: Codelist) throws {
        try maintainable("str:Codelist", c.reference, c.identity)
        try out.names(c.names, c.descriptions, fallback: c.identity.id)
        let urnPrefix = c.reference.itemURN(itemClass: "Code", itemID: "")
        for code in c.codes {
            try out.start("str:Code")
            try out.attribute("id", code.id)
            try out.attribute("urn", urnPrefix + code.id)
            try out.names(code.names, code.descriptions, fallback: code.id)
            if let p = code.parentID { try out.element("str:Parent", text: p) }
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
            if let p = c.parentID { try out.element("str:Parent", text: p) }
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
        try out.element("str:Source", text: c.source.urn)
        try out.element("str:Target", text: c.target.urn)
        try out.end()
    }

    func dataflow(_ d: Dataflow) throws {
        try maintainable("str:Dataflow", d.reference, d.identity)
        try out.names(d.names, d.descriptions, fallback: d.identity.id)
        if let s = d.structure { try out.element("str:Structure", text: s.urn) }
        try out.end()
    }

    func representation(_ element: String, _ r: Representation) throws {
        try out.start(element)
        switch r {
        case .enumeration(let list): try out.element("str:Enumeration", text: list.urn)
        case .textFormat(let type): try out.element("str:TextFormat", [("textType", type)])
        }
        try out.end()
    }
}
