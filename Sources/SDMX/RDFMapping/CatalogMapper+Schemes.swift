import Catalog
import RDF

extension CatalogMapper {
    /// Members ordered depth-first from the top concepts, siblings by id; each paired with the
    /// id of its parent in the same scheme (first broader concept that is a member).
    mutating func hierarchy(of scheme: Term) -> [(term: Term, id: String, parentID: String?)] {
        let members = self.members(of: scheme)
        let memberSet = Set(members)
        var ids: [Term: String] = [:]
        var used = Set<String>()
        for m in members {  // ids must be unique in a scheme: a repeated notation gets a suffix
            let base = identities.itemID(of: m)
            var id = base, n = 1
            while !used.insert(id).inserted { n += 1; id = "\(base)_\(n)" }
            ids[m] = id
        }
        var parent: [Term: Term] = [:]
        var children: [Term: [Term]] = [:]
        for m in members {
            if let p = graph.objects(m, SKOS.broader).first(where: { memberSet.contains($0) && $0 != m }) {
                parent[m] = p
                children[p, default: []].append(m)
            }
        }
        func byID(_ a: Term, _ b: Term) -> Bool { (ids[a] ?? "", a) < (ids[b] ?? "", b) }
        var out: [(Term, String, String?)] = []
        var seen = Set<Term>()
        func visit(_ t: Term) {
            guard seen.insert(t).inserted else { return }
            out.append((t, ids[t] ?? "_", parent[t].flatMap { ids[$0] }))
            for c in (children[t] ?? []).sorted(by: byID) { visit(c) }
        }
        for root in members.filter({ parent[$0] == nil }).sorted(by: byID) { visit(root) }
        for m in members.sorted(by: byID) where !seen.contains(m) {  // cycles: keep them, flat
            seen.insert(m)
            out.append((m, ids[m] ?? "_", nil))
        }
        return out
    }

    mutating func codelist(_ scheme: Term) -> Codelist {
        let identity = self.identity(of: scheme)
        let codes = hierarchy(of: scheme).map { item in
            Code(id: item.id, names: names(item.term, fallback: item.id), descriptions: descriptions(item.term),
                 parentID: item.parentID)
        }
        // the version's validity (schema:startDate / endDate, days) as the inclusive xs:dateTime bounds SDMX uses
        let from = graph.string(scheme, SchemaOrg.startDate).flatMap(Day.init).map { $0.description + "T00:00:00" }
        let to = graph.string(scheme, SchemaOrg.endDate).flatMap(Day.init).map { $0.description + "T23:59:59" }
        return Codelist(identity: identity, names: names(scheme, fallback: identity.id),
                        descriptions: descriptions(scheme), codes: codes, validFrom: from, validTo: to)
    }

    mutating func conceptScheme(_ scheme: Term) -> ConceptScheme {
        let identity = self.identity(of: scheme)
        var concepts: [Concept] = []
        for item in hierarchy(of: scheme) {
            var core: Representation?
            if let list = graph.object(item.term, QB.codeList) {
                core = .enumeration(ArtefactReference(.codelist, self.identity(of: list)))
            }
            concepts.append(Concept(id: item.id, names: names(item.term, fallback: item.id),
                                    descriptions: descriptions(item.term), parentID: item.parentID,
                                    coreRepresentation: core))
        }
        return ConceptScheme(identity: identity, names: names(scheme, fallback: identity.id),
                             descriptions: descriptions(scheme), concepts: concepts)
    }

    mutating func categoryScheme(_ scheme: Term) -> CategoryScheme {
        let identity = self.identity(of: scheme)
        let items = hierarchy(of: scheme)
        var byParent: [String?: [(Term, String)]] = [:]
        for item in items { byParent[item.parentID, default: []].append((item.term, item.id)) }
        func build(_ parentID: String?, depth: Int) -> [Category] {
            guard depth < 64 else { return [] }
            return (byParent[parentID] ?? []).map { term, id in
                Category(id: id, names: names(term, fallback: id), descriptions: descriptions(term),
                         children: build(id, depth: depth + 1))
            }
        }
        return CategoryScheme(identity: identity, names: names(scheme, fallback: identity.id),
                              descriptions: descriptions(scheme), categories: build(nil, depth: 0))
    }

    /// The path (`A.B`) of a category concept within its scheme.
    func categoryPath(of concept: Term) -> String {
        var path = [identities.itemID(of: concept)]
        var current = concept
        var seen: Set<Term> = [concept]
        let schemes = Set(graph.objects(concept, SKOS.inScheme))
        while let p = graph.objects(current, SKOS.broader).first(where: {
            !Set(graph.objects($0, SKOS.inScheme)).isDisjoint(with: schemes)
        }), seen.insert(p).inserted {
            path.insert(identities.itemID(of: p), at: 0)
            current = p
        }
        return path.joined(separator: ".")
    }

    mutating func categorisations(of dataflow: Term, flow: Dataflow,
                                  owners: [Term: ArtefactReference]) -> [Categorisation] {
        var out: [Categorisation] = []
        for theme in graph.objects(dataflow, DCAT.theme) {
            guard let scheme = owners[theme] else { continue }
            let path = categoryPath(of: theme)
            let id = SDMXID.sanitize("CAT_\(flow.identity.id)_\(path)")
            let identity = MaintainableIdentity(agencyID: flow.identity.agencyID, id: id,
                                                version: SDMXMapping.defaultVersion)
            let label = "\(flow.identity.id) → \(path)"
            out.append(Categorisation(identity: identity, names: InternationalString([LocalisedString(label, language: "en")]),
                                      source: flow.reference, target: ItemReference(scheme: scheme, itemID: path)))
        }
        return out
    }
}
