import RDF
import SPARQL
import Synchronization

/// Per-predicate triple, distinct-subject and distinct-object counts of a snapshot's default graph,
/// computed on first use (one pass over SPO and one over POS) and kept with the snapshot.
final class PredicateStatisticsTable: Sendable {
    private let table = Mutex<[TermID: PredicateStatistics]?>(nil)

    func statistics(_ p: TermID, spo: TripleIndex, pos: TripleIndex) -> PredicateStatistics? {
        table.withLock { cached in
            if cached == nil { cached = Self.compute(spo: spo, pos: pos) }
            return cached?[p]
        }
    }

    private static func compute(spo: TripleIndex, pos: TripleIndex) -> [TermID: PredicateStatistics] {
        var out: [TermID: PredicateStatistics] = [:]
        // POS is sorted by predicate then object: triples and distinct objects per predicate.
        var lastP: TermID = 0, lastO: TermID = 0
        var triples = 0, objects = 0
        func flush() {
            if lastP != 0 { out[lastP] = PredicateStatistics(triples: triples, distinctSubjects: 0, distinctObjects: objects) }
        }
        for k in pos.keys {
            if k.a != lastP { flush(); lastP = k.a; lastO = 0; triples = 0; objects = 0 }
            triples += 1
            if k.b != lastO { lastO = k.b; objects += 1 }
        }
        flush()
        // SPO is sorted by subject then predicate: each (subject, predicate) pair once.
        var lastS: TermID = 0
        lastP = 0
        for k in spo.keys where k.a != lastS || k.b != lastP {
            lastS = k.a; lastP = k.b
            out[k.b]?.distinctSubjects += 1
        }
        return out
    }
}
