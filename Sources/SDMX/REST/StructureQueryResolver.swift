/// Answers structure queries against a message holding every published artefact.
public struct StructureQueryResolver: Sendable {
    public let catalog: StructureMessage
    private let graph: ArtefactGraph
    private let final: [ArtefactReference: Bool]

    /// Indexes the catalog once (references between artefacts, finality); queries then only read.
    public init(catalog: StructureMessage) {
        self.catalog = catalog
        graph = ArtefactGraph(catalog)
        var final: [ArtefactReference: Bool] = [:]
        for x in catalog.codelists { final[x.reference] = x.identity.isFinal }
        for x in catalog.conceptSchemes { final[x.reference] = x.identity.isFinal }
        for x in catalog.categorySchemes { final[x.reference] = x.identity.isFinal }
        for x in catalog.categorisations { final[x.reference] = x.identity.isFinal }
        for x in catalog.dataStructures { final[x.reference] = x.identity.isFinal }
        for x in catalog.dataflows { final[x.reference] = x.identity.isFinal }
        for x in catalog.structureSets { final[x.reference] = x.identity.isFinal }
        for x in catalog.representationMaps { final[x.reference] = x.identity.isFinal }
        self.final = final
    }

    /// Parses and answers in one step: a 400/501 from parsing becomes the result's status.
    public func answer(api: SDMXRESTVersion, path: String, parameters: [String: String] = [:]) -> StructureQueryResult {
        do {
            let q = api == .v1 ? try StructureQueryParser.parseV1(path: path, parameters: parameters)
                               : try StructureQueryParser.parseV2(path: path, parameters: parameters)
            return resolve(q)
        } catch {
            return StructureQueryResult(status: error.status, reason: error.message)
        }
    }

    public func resolve(_ q: StructureQuery, header: MessageHeader? = nil) -> StructureQueryResult {
        var matched = Set<ArtefactReference>()
        for type in q.types {
            // a correspondence is a 2.1 structure set and a 3.0 representation map: asking for one finds both
            let candidates = catalog.references.filter {
                ($0.type == type || $0.type == type.mapCounterpart) && q.agencies.matches($0.agencyID) && q.ids.matches($0.id)
            }
            matched.formUnion(select(candidates, q.versions))
        }
        var message = subset(matched.union(graph.related(matched, q.references)), header: header)
        if q.items != .all { message = filterItems(message, q.items, primary: matched) }
        let empty = matched.isEmpty || (q.items != .all && !hasItems(message, matched))
        if empty {
            return StructureQueryResult(status: q.api == .v1 ? 404 : 204, reason: "no structure matches the query")
        }
        return StructureQueryResult(status: 200, message: StructureDetailShaper(detail: q.detail, matched: matched).shape(message))
    }

    /// Version selection within each (agency, id).
    func select(_ refs: [ArtefactReference], _ v: VersionSelector) -> [ArtefactReference] {
        switch v {
        case .all: return refs
        case .values(let vs): return refs.filter { vs.contains($0.version) }
        case .latest, .latestStable:
            var best: [String: ArtefactReference] = [:]
            for r in refs {
                if v == .latestStable && !isFinal(r) { continue }
                let key = r.type.rawValue + "=" + r.agencyID + ":" + r.id  // per type: a map is a structure set and a representation map
                if let b = best[key], !Self.versionLess(b.version, r.version) { continue }
                best[key] = r
            }
            return Array(best.values)
        }
    }

    private func isFinal(_ r: ArtefactReference) -> Bool { final[r] ?? false }

    /// Numeric comparison of dotted versions (`1.10` > `1.9`); other parts compare as text.
    public static func versionLess(_ a: String, _ b: String) -> Bool {
        let pa = a.split(whereSeparator: { $0 == "." || $0 == "-" }), pb = b.split(whereSeparator: { $0 == "." || $0 == "-" })
        for (x, y) in zip(pa, pb) where x != y {
            if let ix = Int(x), let iy = Int(y) { return ix < iy }
            return x < y
        }
        return pa.count < pb.count
    }

    func subset(_ refs: Set<ArtefactReference>, header: MessageHeader?) -> StructureMessage {
        StructureMessage(header: header ?? MessageHeader(),
                         codelists: catalog.codelists.filter { refs.contains($0.reference) },
                         conceptSchemes: catalog.conceptSchemes.filter { refs.contains($0.reference) },
                         categorySchemes: catalog.categorySchemes.filter { refs.contains($0.reference) },
                         categorisations: catalog.categorisations.filter { refs.contains($0.reference) },
                         dataStructures: catalog.dataStructures.filter { refs.contains($0.reference) },
                         dataflows: catalog.dataflows.filter { refs.contains($0.reference) },
                         structureSets: catalog.structureSets.filter { refs.contains($0.reference) },
                         representationMaps: catalog.representationMaps.filter { refs.contains($0.reference) })
    }

    /// Keeps only the selected items of the primary (matched) item schemes.
    func filterItems(_ m: StructureMessage, _ items: ValueSelector, primary: Set<ArtefactReference>) -> StructureMessage {
        var m = m
        for i in m.codelists.indices where primary.contains(m.codelists[i].reference) {
            m.codelists[i].codes.removeAll { !items.matches($0.id) }
        }
        for i in m.conceptSchemes.indices where primary.contains(m.conceptSchemes[i].reference) {
            m.conceptSchemes[i].concepts.removeAll { !items.matches($0.id) }
        }
        for i in m.categorySchemes.indices where primary.contains(m.categorySchemes[i].reference) {
            m.categorySchemes[i].categories = Self.filter(m.categorySchemes[i].categories, items, prefix: "")
        }
        return m
    }

    /// Categories whose path (`A.B`) or id is selected, with their ancestors kept for structure.
    static func filter(_ cats: [Category], _ items: ValueSelector, prefix: String) -> [Category] {
        cats.compactMap { c in
            let path = prefix.isEmpty ? c.id : prefix + "." + c.id
            var copy = c
            copy.children = filter(c.children, items, prefix: path)
            return items.matches(path) || items.matches(c.id) || !copy.children.isEmpty ? copy : nil
        }
    }

    func hasItems(_ m: StructureMessage, _ primary: Set<ArtefactReference>) -> Bool {
        m.codelists.contains { primary.contains($0.reference) && !$0.codes.isEmpty }
            || m.conceptSchemes.contains { primary.contains($0.reference) && !$0.concepts.isEmpty }
            || m.categorySchemes.contains { primary.contains($0.reference) && !$0.categories.isEmpty }
    }
}
