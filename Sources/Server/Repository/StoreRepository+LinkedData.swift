import Catalog
import RDF
import Store

extension StoreRepository: LinkedDataRepository {
    public var baseIRI: String { state.baseIRI }

    public var prefixes: [(prefix: String, namespace: String)] {
        state.served.dataset.prefixes.map { (prefix: $0.prefix, namespace: $0.namespace) }
    }

    public func boundedDescription(of iri: String) -> [Quad]? {
        BoundedDescription(state.served.snapshot).quads(of: .iri(iri))
    }

    public func readableDescription(of iri: String, language: String, maxIncoming: Int) -> (ResourceDescription, PrefixMap)? {
        var describer = ResourceDescriber(state.served.dataset)
        describer.maxIncoming = maxIncoming
        guard let d = try? describer.describe("<\(iri)>", language: language) else { return nil }
        return (d, describer.prefixes)
    }
}

/// The bounded description of one resource in the default graph: its triples, those of the blank
/// nodes it leads to (recursively), and the labels of the IRIs it links to.
struct BoundedDescription {
    let snapshot: StoreSnapshot

    init(_ snapshot: StoreSnapshot) { self.snapshot = snapshot }

    func quads(of resource: Term) -> [Quad]? {
        guard let root = snapshot.id(of: resource), snapshot.count(root, nil, nil, graph: .defaultGraph) > 0 else {
            return nil
        }
        var out: [Quad] = []
        var queue = [root], seen: Set<TermID> = [root]
        var linked: [TermID] = []
        while let s = queue.popLast() {
            snapshot.match(s, nil, nil, graph: .defaultGraph) { q in
                let o = snapshot.term(q.object)
                out.append(Quad(snapshot.term(q.subject), snapshot.term(q.predicate), o))
                if o.isBlankNode, seen.insert(q.object).inserted { queue.append(q.object) }
                if case .iri = o, seen.insert(q.object).inserted { linked.append(q.object) }
                return true
            }
        }
        let labelProperties = Labeler.labelProperties.compactMap { snapshot.id(of: .iri($0)) }
        for target in linked {
            for p in labelProperties {
                snapshot.match(target, p, nil, graph: .defaultGraph) { q in
                    out.append(Quad(snapshot.term(q.subject), snapshot.term(q.predicate), snapshot.term(q.object)))
                    return true
                }
            }
        }
        return out
    }
}
