import RDF

/// Counts that describe a snapshot: quads, distinct subjects, predicates, objects and graphs.
public struct StoreStatistics: Sendable, Equatable {
    public var triples: Int
    public var namedGraphQuads: Int
    public var distinctSubjects: Int
    public var distinctPredicates: Int
    public var distinctObjects: Int
    public var namedGraphs: Int
    public var terms: Int

    public init(_ snap: StoreSnapshot) {
        triples = snap.defaultGraphCount
        namedGraphQuads = snap.namedQuadCount
        namedGraphs = snap.namedGraphs.count
        terms = snap.dictionary.count
        // Distinct leading components of SPO/POS/OSP plus those of the named-graph indexes.
        distinctSubjects = Self.distinct(snap.spo.keys.lazy.map(\.a), snap.spog.keys.lazy.map(\.a))
        distinctPredicates = Self.distinct(snap.pos.keys.lazy.map(\.a), snap.posg.keys.lazy.map(\.a))
        distinctObjects = Self.distinct(snap.osp.keys.lazy.map(\.a), snap.ospg.keys.lazy.map(\.a))
    }

    /// Distinct values of two sorted sequences taken together.
    private static func distinct<A: Sequence, B: Sequence>(_ a: A, _ b: B) -> Int
        where A.Element == TermID, B.Element == TermID {
        var seen = Set<TermID>()
        var last: TermID = 0
        var n = 0
        for x in a where x != last { last = x; n += 1; seen.insert(x) }
        last = 0
        for x in b where x != last { last = x; if !seen.contains(x) { n += 1 } }
        return n
    }
}
