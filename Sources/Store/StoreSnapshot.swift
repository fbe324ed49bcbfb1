import RDF
import SPARQL

/// An immutable, dictionary-encoded dataset with sorted permutation indexes:
/// SPO, POS, OSP for the default graph; GSPO, GPOS, GOSP, SPOG, POSG, OSPG for named graphs.
/// Every triple or quad pattern is answered by a range scan of one index.
public final class StoreSnapshot: Sendable {
    public let dictionary: TermDictionary
    let spo: TripleIndex, pos: TripleIndex, osp: TripleIndex
    let gspo: QuadIndex, gpos: QuadIndex, gosp: QuadIndex
    let spog: QuadIndex, posg: QuadIndex, ospg: QuadIndex
    /// The named graphs, in id order.
    public let namedGraphs: [TermID]
    /// Per-predicate counts for the query planner, made on first use.
    let predicateTable = PredicateStatisticsTable()

    init(dictionary: TermDictionary, triples: [Key3], quads: [Key4]) {
        self.dictionary = dictionary
        spo = TripleIndex(sorting: triples)
        pos = TripleIndex(sorting: spo.keys.map { Key3($0.b, $0.c, $0.a) })
        osp = TripleIndex(sorting: spo.keys.map { Key3($0.c, $0.a, $0.b) })
        gspo = QuadIndex(sorting: quads)
        gpos = QuadIndex(sorting: gspo.keys.map { Key4($0.a, $0.c, $0.d, $0.b) })
        gosp = QuadIndex(sorting: gspo.keys.map { Key4($0.a, $0.d, $0.b, $0.c) })
        spog = QuadIndex(sorting: gspo.keys.map { Key4($0.b, $0.c, $0.d, $0.a) })
        posg = QuadIndex(sorting: gspo.keys.map { Key4($0.c, $0.d, $0.b, $0.a) })
        ospg = QuadIndex(sorting: gspo.keys.map { Key4($0.d, $0.b, $0.c, $0.a) })
        var graphs: [TermID] = []
        for k in gspo.keys where graphs.last != k.a { graphs.append(k.a) }
        namedGraphs = graphs
    }

    /// An empty snapshot.
    public convenience init() { self.init(dictionary: TermDictionary(), triples: [], quads: []) }

    /// Triples in the default graph.
    public var defaultGraphCount: Int { spo.keys.count }
    /// Quads in named graphs.
    public var namedQuadCount: Int { gspo.keys.count }

    /// Bytes held by the dictionary and the indexes.
    public var memoryFootprint: Int {
        dictionary.memoryFootprint + spo.keys.count * 3 * 12 + gspo.keys.count * 6 * 16
    }

    public func id(of term: Term) -> TermID? { dictionary.lookup(term) }
    public func term(_ id: TermID) -> Term { dictionary.term(id) }

    /// Calls `body` for each quad matching the pattern (nil = any), until it returns false.
    public func match(_ s: TermID?, _ p: TermID?, _ o: TermID?, graph: GraphSelector,
                      _ body: (IDQuad) -> Bool) {
        switch graph {
        case .defaultGraph: matchDefault(s, p, o, body)
        case .named(let g): matchNamed(g, s, p, o, body)
        case .anyNamed: matchAnyNamed(s, p, o, body)
        }
    }

    /// The number of quads matching the pattern (exact: two binary searches).
    public func count(_ s: TermID?, _ p: TermID?, _ o: TermID?, graph: GraphSelector) -> Int {
        switch graph {
        case .defaultGraph:
            let (index, r) = defaultRange(s, p, o)
            _ = index
            return r.count
        case .named(let g):
            if let s, let p, let o { return gspo.range4(g, s, p, o).count }
            return namedRange(g, s, p, o).1.count
        case .anyNamed:
            return anyNamedRange(s, p, o).1.count
        }
    }

    // MARK: default graph

    private func defaultRange(_ s: TermID?, _ p: TermID?, _ o: TermID?) -> (Int, Range<Int>) {
        switch (s, p, o) {
        case let (s?, p, nil): return (0, spo.range(s, p, nil))
        case let (s?, p?, o?): return (0, spo.range(s, p, o))
        case let (s?, nil, o?): return (2, osp.range(o, s, nil))
        case let (nil, p?, o): return (1, pos.range(p, o, nil))
        case let (nil, nil, o?): return (2, osp.range(o, nil, nil))
        case (nil, nil, nil): return (0, 0..<spo.keys.count)
        }
    }

    private func matchDefault(_ s: TermID?, _ p: TermID?, _ o: TermID?, _ body: (IDQuad) -> Bool) {
        let (which, r) = defaultRange(s, p, o)
        let keys = which == 0 ? spo.keys : which == 1 ? pos.keys : osp.keys
        keys.withUnsafeBufferPointer { k in
            for i in r {
                let key = k[i]
                let q: IDQuad
                switch which {
                case 0: q = IDQuad(key.a, key.b, key.c)
                case 1: q = IDQuad(key.c, key.a, key.b)
                default: q = IDQuad(key.b, key.c, key.a)
                }
                if !body(q) { return }
            }
        }
    }

    // MARK: named graphs

    private enum Order { case gspo, gpos, gosp, spog, posg, ospg }

    private func namedRange(_ g: TermID, _ s: TermID?, _ p: TermID?, _ o: TermID?) -> (Order, Range<Int>) {
        switch (s, p, o) {
        case let (s?, p, nil): return (.gspo, gspo.range(g, s, p))
        case let (s?, p?, o?): return (.gspo, gspo.range4(g, s, p, o))
        case let (s?, nil, o?): return (.gosp, gosp.range(g, o, s))
        case let (nil, p?, o): return (.gpos, gpos.range(g, p, o))
        case let (nil, nil, o?): return (.gosp, gosp.range(g, o, nil))
        case (nil, nil, nil): return (.gspo, gspo.range(g, nil, nil))
        }
    }

    private func anyNamedRange(_ s: TermID?, _ p: TermID?, _ o: TermID?) -> (Order, Range<Int>) {
        switch (s, p, o) {
        case let (s?, p, o) where p != nil || o == nil: return (.spog, spog.range(s, p, p == nil ? nil : o))
        case let (s?, nil, o?): return (.ospg, ospg.range(o, s, nil))
        case let (nil, p?, o): return (.posg, posg.range(p, o, nil))
        case let (nil, nil, o?): return (.ospg, ospg.range(o, nil, nil))
        default: return (.gspo, 0..<gspo.keys.count)
        }
    }

    private func matchNamed(_ g: TermID, _ s: TermID?, _ p: TermID?, _ o: TermID?, _ body: (IDQuad) -> Bool) {
        let (order, r) = namedRange(g, s, p, o)
        scan(order, r, body)
    }

    private func matchAnyNamed(_ s: TermID?, _ p: TermID?, _ o: TermID?, _ body: (IDQuad) -> Bool) {
        let (order, r) = anyNamedRange(s, p, o)
        scan(order, r, body)
    }

    private func scan(_ order: Order, _ r: Range<Int>, _ body: (IDQuad) -> Bool) {
        let index: QuadIndex
        switch order {
        case .gspo: index = gspo
        case .gpos: index = gpos
        case .gosp: index = gosp
        case .spog: index = spog
        case .posg: index = posg
        case .ospg: index = ospg
        }
        index.keys.withUnsafeBufferPointer { k in
            for i in r {
                let x = k[i]
                let q: IDQuad
                switch order {
                case .gspo: q = IDQuad(x.b, x.c, x.d, graph: x.a)
                case .gpos: q = IDQuad(x.d, x.b, x.c, graph: x.a)
                case .gosp: q = IDQuad(x.c, x.d, x.b, graph: x.a)
                case .spog: q = IDQuad(x.a, x.b, x.c, graph: x.d)
                case .posg: q = IDQuad(x.c, x.a, x.b, graph: x.d)
                case .ospg: q = IDQuad(x.b, x.c, x.a, graph: x.d)
                }
                if !body(q) { return }
            }
        }
    }

    // MARK: decoded access

    /// The matching quads, decoded (for tools and tests; the engine works on ids).
    public func quads(_ s: Term? = nil, _ p: Term? = nil, _ o: Term? = nil, graph: Term?? = .none) -> [Quad] {
        func enc(_ t: Term?) -> TermID?? {
            guard let t else { return .some(nil) }
            guard let id = id(of: t) else { return nil }
            return .some(id)
        }
        guard let si = enc(s), let pi = enc(p), let oi = enc(o) else { return [] }
        var selectors: [GraphSelector] = []
        switch graph {
        case .none: selectors = [.defaultGraph, .anyNamed]
        case .some(.none): selectors = [.defaultGraph]
        case .some(.some(let g)):
            guard let gid = id(of: g) else { return [] }
            selectors = [.named(gid)]
        }
        var out: [Quad] = []
        for sel in selectors {
            match(si, pi, oi, graph: sel) { q in
                out.append(Quad(term(q.subject), term(q.predicate), term(q.object), graph: q.graph == 0 ? nil : term(q.graph)))
                return true
            }
        }
        return out
    }
}
