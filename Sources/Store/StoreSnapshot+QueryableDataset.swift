import RDF
import SPARQL

/// The store as the SPARQL evaluator's dataset: patterns are answered by a range scan of
/// the one permutation index whose prefix the bound positions form, with no decoding.
extension StoreSnapshot: QueryableDataset {
    public func id(for term: Term) -> TermID? { dictionary.lookup(term) }

    public func term(for id: TermID) -> Term { dictionary.term(id) }

    public func namedGraphs() -> [TermID] { namedGraphIDs }

    public func estimatedCardinality(_ pattern: QuadPattern) -> Int {
        count(pattern.subject, pattern.predicate, pattern.object, graph: selector(pattern.graph))
    }

    public func match(_ pattern: QuadPattern, _ body: (SPARQL.IDQuad) throws -> Void) rethrows {
        let s = pattern.subject, p = pattern.predicate, o = pattern.object
        switch pattern.graph {
        case .defaultGraph:
            switch (s, p, o) {
            case let (s?, p, nil):
                for i in spo.range(s, p, nil) { let k = spo.keys[i]; try body(SPARQL.IDQuad(k.a, k.b, k.c)) }
            case let (s?, p?, o?):
                for i in spo.range(s, p, o) { let k = spo.keys[i]; try body(SPARQL.IDQuad(k.a, k.b, k.c)) }
            case let (s?, nil, o?):
                for i in osp.range(o, s, nil) { let k = osp.keys[i]; try body(SPARQL.IDQuad(k.b, k.c, k.a)) }
            case let (nil, p?, o):
                for i in pos.range(p, o, nil) { let k = pos.keys[i]; try body(SPARQL.IDQuad(k.c, k.a, k.b)) }
            case let (nil, nil, o?):
                for i in osp.range(o, nil, nil) { let k = osp.keys[i]; try body(SPARQL.IDQuad(k.b, k.c, k.a)) }
            default:
                for k in spo.keys { try body(SPARQL.IDQuad(k.a, k.b, k.c)) }
            }
        case .named(let g):
            switch (s, p, o) {
            case let (s?, p?, o?):
                for i in gspo.range4(g, s, p, o) { let k = gspo.keys[i]; try body(SPARQL.IDQuad(k.b, k.c, k.d, graph: k.a)) }
            case let (s?, p, nil):
                for i in gspo.range(g, s, p) { let k = gspo.keys[i]; try body(SPARQL.IDQuad(k.b, k.c, k.d, graph: k.a)) }
            case let (s?, nil, o?):
                for i in gosp.range(g, o, s) { let k = gosp.keys[i]; try body(SPARQL.IDQuad(k.c, k.d, k.b, graph: k.a)) }
            case let (nil, p?, o):
                for i in gpos.range(g, p, o) { let k = gpos.keys[i]; try body(SPARQL.IDQuad(k.d, k.b, k.c, graph: k.a)) }
            case let (nil, nil, o?):
                for i in gosp.range(g, o, nil) { let k = gosp.keys[i]; try body(SPARQL.IDQuad(k.c, k.d, k.b, graph: k.a)) }
            case (nil, nil, nil):
                for i in gspo.range(g, nil, nil) { let k = gspo.keys[i]; try body(SPARQL.IDQuad(k.b, k.c, k.d, graph: k.a)) }
            }
        case .anyNamed:
            switch (s, p, o) {
            case let (s?, p, o) where p != nil || o == nil:
                for i in spog.range(s, p, p == nil ? nil : o) {
                    let k = spog.keys[i]; try body(SPARQL.IDQuad(k.a, k.b, k.c, graph: k.d))
                }
            case let (s?, nil, o?):
                for i in ospg.range(o, s, nil) { let k = ospg.keys[i]; try body(SPARQL.IDQuad(k.b, k.c, k.a, graph: k.d)) }
            case let (nil, p?, o):
                for i in posg.range(p, o, nil) { let k = posg.keys[i]; try body(SPARQL.IDQuad(k.c, k.a, k.b, graph: k.d)) }
            case let (nil, nil, o?):
                for i in ospg.range(o, nil, nil) { let k = ospg.keys[i]; try body(SPARQL.IDQuad(k.b, k.c, k.a, graph: k.d)) }
            default:
                for k in gspo.keys { try body(SPARQL.IDQuad(k.b, k.c, k.d, graph: k.a)) }
            }
        }
    }

    private func selector(_ g: SPARQL.GraphSelector) -> GraphSelector {
        switch g {
        case .defaultGraph: return .defaultGraph
        case .named(let id): return .named(id)
        case .anyNamed: return .anyNamed
        }
    }
}
