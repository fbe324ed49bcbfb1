import RDF

/// A simple reference dataset: a term dictionary and hash indexes over quads.
/// The store is the production implementation of `QueryableDataset`; this one backs tests.
public struct InMemoryDataset: QueryableDataset, Sendable {
    private var dictionary = TermDictionary()
    private var quads: [IDQuad] = []
    private var seen: Set<IDQuad> = []
    private var bySubject: [TermID: [Int]] = [:]
    private var byPredicate: [TermID: [Int]] = [:]
    private var byObject: [TermID: [Int]] = [:]
    private var byGraph: [TermID: [Int]] = [:]

    public init() {}

    public init<S: Sequence>(quads: S) where S.Element == Quad {
        for q in quads { insert(q) }
    }

    public init(triples: [Triple]) {
        for t in triples { insert(Quad(t)) }
    }

    /// Adds a quad (ignored when already present).
    public mutating func insert(_ quad: Quad) {
        let s = dictionary.intern(quad.subject), p = dictionary.intern(quad.predicate), o = dictionary.intern(quad.object)
        let g = quad.graph.map { dictionary.intern($0) } ?? 0
        let q = IDQuad(s, p, o, graph: g)
        guard seen.insert(q).inserted else { return }
        let i = quads.count
        quads.append(q)
        bySubject[s, default: []].append(i)
        byPredicate[p, default: []].append(i)
        byObject[o, default: []].append(i)
        byGraph[g, default: []].append(i)
    }

    public var count: Int { quads.count }

    public func id(for term: Term) -> TermID? { dictionary.lookup(term) }
    public func term(for id: TermID) -> Term { dictionary.term(id) }

    public var namedGraphs: [TermID] { byGraph.keys.filter { $0 != 0 }.sorted() }

    /// The smallest index list covering the pattern, or nil to scan everything.
    private func candidates(_ p: QuadPattern) -> [Int]? {
        var best: [Int]?
        func consider(_ list: [Int]?) { if let list, best == nil || list.count < best!.count { best = list } }
        if let s = p.subject { consider(bySubject[s] ?? []) }
        if let pr = p.predicate { consider(byPredicate[pr] ?? []) }
        if let o = p.object { consider(byObject[o] ?? []) }
        switch p.graph {
        case .defaultGraph: consider(byGraph[0] ?? [])
        case .named(let g): consider(g == 0 ? [] : (byGraph[g] ?? []))
        case .anyNamed: break
        }
        return best
    }

    private func matches(_ q: IDQuad, _ p: QuadPattern) -> Bool {
        if let s = p.subject, q.subject != s { return false }
        if let pr = p.predicate, q.predicate != pr { return false }
        if let o = p.object, q.object != o { return false }
        switch p.graph {
        case .defaultGraph: return q.graph == 0
        case .named(let g): return q.graph == g && g != 0
        case .anyNamed: return q.graph != 0
        }
    }

    public func match(_ pattern: QuadPattern, _ body: (IDQuad) throws -> Void) throws {
        if let list = candidates(pattern) {
            for i in list where matches(quads[i], pattern) { try body(quads[i]) }
        } else {
            for q in quads where matches(q, pattern) { try body(q) }
        }
    }

    public func estimatedCardinality(_ pattern: QuadPattern) -> Int {
        candidates(pattern)?.count ?? quads.count
    }
}
