/// The references between the artefacts of a message: children are what an artefact refers
/// to (a dataflow's DSD, a DSD's codelists and concept schemes…), parents what refers to it.
struct ArtefactGraph: Sendable {
    private(set) var children: [ArtefactReference: Set<ArtefactReference>] = [:]
    private(set) var parents: [ArtefactReference: Set<ArtefactReference>] = [:]

    init(_ m: StructureMessage) {
        for d in m.dataflows { if let s = d.structure { link(d.reference, s) } }
        for d in m.dataStructures {
            for c in d.codelistReferences { link(d.reference, c) }
            for s in d.conceptSchemeReferences { link(d.reference, s) }
        }
        for s in m.conceptSchemes {
            for c in s.concepts { if case .enumeration(let r)? = c.coreRepresentation { link(s.reference, r) } }
        }
        for c in m.categorisations {
            link(c.reference, c.source)
            link(c.reference, c.target.scheme)
        }
        for s in m.structureSets {
            for map in s.codelistMaps { link(s.reference, map.source); link(s.reference, map.target) }
        }
        for r in m.representationMaps { link(r.reference, r.source); link(r.reference, r.target) }
    }

    private mutating func link(_ from: ArtefactReference, _ to: ArtefactReference) {
        guard from != to else { return }
        children[from, default: []].insert(to)
        parents[to, default: []].insert(from)
    }

    /// The closure of `start` along `edges` (start excluded unless reached again).
    func closure(_ start: Set<ArtefactReference>, _ edges: [ArtefactReference: Set<ArtefactReference>]) -> Set<ArtefactReference> {
        var seen = Set<ArtefactReference>()
        var queue = Array(start)
        while let r = queue.popLast() {
            for n in edges[r] ?? [] where seen.insert(n).inserted { queue.append(n) }
        }
        return seen
    }

    func direct(_ start: Set<ArtefactReference>, _ edges: [ArtefactReference: Set<ArtefactReference>]) -> Set<ArtefactReference> {
        start.reduce(into: Set()) { $0.formUnion(edges[$1] ?? []) }
    }

    /// The artefacts to add for a `references=` value.
    func related(_ start: Set<ArtefactReference>, _ detail: ReferenceDetail) -> Set<ArtefactReference> {
        switch detail {
        case .none: return []
        case .parents: return direct(start, parents)
        case .parentsAndSiblings:
            let p = direct(start, parents)
            return p.union(direct(p, children))
        case .ancestors: return closure(start, parents)
        case .children: return direct(start, children)
        case .descendants: return closure(start, children)
        case .all:
            let p = direct(start, parents)
            return p.union(direct(p, children)).union(closure(start, children))
        case .type(let t):
            return closure(start, children).union(closure(start, parents)).filter { $0.type == t }
        }
    }
}
