/// Applies a REST `detail=` value to the message of a query: which artefacts become stubs and
/// which referenced item schemes are cut down to the items in use.
///
/// - `allstubs` / `allcompletestubs`: every artefact is a stub; `referencestubs` /
///   `referencecompletestubs`: only the referenced (not matched) ones. A stub keeps its
///   identification and names (complete stubs also their descriptions; the model holds no
///   annotations), is marked `isExternalReference`, and loses its items, components and
///   dataflow structure reference. A categorisation stub keeps its source and target, which
///   SDMX-ML 2.1 requires.
/// - `referencepartial`: matched artefacts are full; a referenced concept scheme keeps only the
///   concepts (and their ancestors) used as component concepts by the message's data structures,
///   a referenced category scheme only the categories (and their ancestors) targeted by the
///   message's categorisations. Referenced codelists keep every code: the catalog has no content
///   constraints, so every code of a component's codelist is allowed and counts as used.
struct StructureDetailShaper {
    let detail: StructureDetail
    /// The artefacts the query matched (the others in the message were added by `references=`).
    let matched: Set<ArtefactReference>

    func shape(_ m: StructureMessage) -> StructureMessage {
        switch detail {
        case .full, .raw: return m
        case .allstubs: return stubs(m, complete: false, all: true)
        case .allcompletestubs: return stubs(m, complete: true, all: true)
        case .referencestubs: return stubs(m, complete: false, all: false)
        case .referencecompletestubs: return stubs(m, complete: true, all: false)
        case .referencepartial: return partial(m)
        }
    }

    // MARK: stubs

    private func stubs(_ m: StructureMessage, complete: Bool, all: Bool) -> StructureMessage {
        func isStub(_ r: ArtefactReference) -> Bool { all || !matched.contains(r) }
        func stub(_ identity: MaintainableIdentity) -> MaintainableIdentity {
            var x = identity
            x.isExternalReference = true
            return x
        }
        func text(_ descriptions: InternationalString) -> InternationalString { complete ? descriptions : InternationalString() }
        var m = m
        for i in m.codelists.indices where isStub(m.codelists[i].reference) {
            m.codelists[i].identity = stub(m.codelists[i].identity)
            m.codelists[i].descriptions = text(m.codelists[i].descriptions)
            m.codelists[i].codes = []
        }
        for i in m.conceptSchemes.indices where isStub(m.conceptSchemes[i].reference) {
            m.conceptSchemes[i].identity = stub(m.conceptSchemes[i].identity)
            m.conceptSchemes[i].descriptions = text(m.conceptSchemes[i].descriptions)
            m.conceptSchemes[i].concepts = []
        }
        for i in m.categorySchemes.indices where isStub(m.categorySchemes[i].reference) {
            m.categorySchemes[i].identity = stub(m.categorySchemes[i].identity)
            m.categorySchemes[i].descriptions = text(m.categorySchemes[i].descriptions)
            m.categorySchemes[i].categories = []
        }
        for i in m.categorisations.indices where isStub(m.categorisations[i].reference) {
            m.categorisations[i].identity = stub(m.categorisations[i].identity)
        }
        for i in m.dataStructures.indices where isStub(m.dataStructures[i].reference) {
            let d = m.dataStructures[i]
            m.dataStructures[i] = DataStructure(identity: stub(d.identity), names: d.names, descriptions: text(d.descriptions))
        }
        for i in m.dataflows.indices where isStub(m.dataflows[i].reference) {
            m.dataflows[i].identity = stub(m.dataflows[i].identity)
            m.dataflows[i].descriptions = text(m.dataflows[i].descriptions)
            m.dataflows[i].structure = nil
        }
        // a 2.1 structure set stub loses its maps; a 3.0 representation map keeps the two
        // codelists its schema requires and loses its mappings
        for i in m.structureSets.indices where isStub(m.structureSets[i].reference) {
            m.structureSets[i].identity = stub(m.structureSets[i].identity)
            m.structureSets[i].descriptions = text(m.structureSets[i].descriptions)
            m.structureSets[i].codelistMaps = []
        }
        for i in m.representationMaps.indices where isStub(m.representationMaps[i].reference) {
            m.representationMaps[i].identity = stub(m.representationMaps[i].identity)
            m.representationMaps[i].descriptions = text(m.representationMaps[i].descriptions)
            m.representationMaps[i].pairs = []
        }
        return m
    }

    // MARK: referencepartial

    private func partial(_ m: StructureMessage) -> StructureMessage {
        var usedConcepts: [ArtefactReference: Set<String>] = [:]
        for d in m.dataStructures {
            var refs = d.dimensions.map(\.concept) + d.attributes.map(\.concept)
            if let t = d.timeDimension { refs.append(t.concept) }
            if let x = d.measure { refs.append(x.concept) }
            for r in refs { usedConcepts[r.scheme, default: []].insert(r.itemID) }
        }
        var usedCategories: [ArtefactReference: [String]] = [:]
        for c in m.categorisations { usedCategories[c.target.scheme, default: []].append(c.target.itemID) }
        var m = m
        for i in m.conceptSchemes.indices where !matched.contains(m.conceptSchemes[i].reference) {
            let used = Self.withAncestors(usedConcepts[m.conceptSchemes[i].reference] ?? [], m.conceptSchemes[i].concepts)
            m.conceptSchemes[i].concepts.removeAll { !used.contains($0.id) }
        }
        for i in m.categorySchemes.indices where !matched.contains(m.categorySchemes[i].reference) {
            let paths = usedCategories[m.categorySchemes[i].reference] ?? []
            m.categorySchemes[i].categories = StructureQueryResolver.filter(m.categorySchemes[i].categories,
                                                                          .values(paths), prefix: "")
        }
        return m
    }

    /// The ids and the ids of their ancestors (following `parentID`, guarding against cycles).
    static func withAncestors(_ ids: Set<String>, _ concepts: [Concept]) -> Set<String> {
        var parent: [String: String] = [:]
        for c in concepts { if let p = c.parentID { parent[c.id] = p } }
        var out = ids
        for id in ids {
            var cur = id
            while let p = parent[cur], !out.contains(p) { out.insert(p); cur = p }
        }
        return out
    }
}
