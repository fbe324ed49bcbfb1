import RDF
import RDFFormats
import SPARQL
import Store
import Testing

@Suite struct StoreSnapshotTests {
    /// A deterministic pseudo-random dataset over a few terms, so patterns hit often.
    static func dataset() -> [Quad] {
        var rng = SplitMix(seed: 42)
        let terms: [Term] = (0..<12).map { .iri("http://ex/t\($0)") } + [.string("a"), .langString("b", "fr"), .blankNode("x")]
        let graphs: [Term?] = [nil, nil, .iri("http://ex/g1"), .iri("http://ex/g2")]
        return (0..<600).map { _ in
            Quad(terms[rng.next(12)], terms[rng.next(6)], terms[rng.next(terms.count)], graph: graphs[rng.next(4)])
        }
    }

    @Test func everyPatternMatchesBruteForce() {
        let quads = Self.dataset()
        var builder = StoreBuilder()
        for q in quads { builder.add(q) }
        let snap = builder.build()
        let unique = Set(quads)
        #expect(snap.defaultGraphCount + snap.namedQuadCount == unique.count)
        let probes: [Term?] = [nil, .iri("http://ex/t1"), .iri("http://ex/t3"), .string("a"), .iri("http://ex/none")]
        let graphs: [Term??] = [.none, .some(nil), .some(.iri("http://ex/g1")), .some(.iri("http://ex/g2"))]
        for s in probes { for p in probes { for o in probes { for g in graphs {
            let expected = unique.filter { q in
                (s == nil || q.subject == s) && (p == nil || q.predicate == p) && (o == nil || q.object == o)
                    && { if case .some(let gg) = g { return q.graph == gg } else { return true } }()
            }
            let got = snap.quads(s, p, o, graph: g)
            #expect(Set(got) == expected, "pattern \(String(describing: s)) \(String(describing: p)) \(String(describing: o)) \(String(describing: g))")
            #expect(got.count == expected.count, "duplicates returned")
        } } } }
    }

    @Test func countsAgreeWithMatches() {
        var builder = StoreBuilder()
        for q in Self.dataset() { builder.add(q) }
        let snap = builder.build()
        let ids: [TermID?] = [nil] + (1...6).map { TermID($0) }
        let selectors: [GraphSelector] = [.defaultGraph, .anyNamed] + snap.namedGraphs.map { .named($0) }
        for s in ids { for p in ids { for o in ids { for g in selectors {
            var n = 0
            snap.match(s, p, o, graph: g) { _ in n += 1; return true }
            #expect(snap.count(s, p, o, graph: g) == n)
        } } } }
    }

    @Test func unionDefaultGraphHoldsNamedGraphTriples() throws {
        var builder = StoreBuilder()
        try builder.load(ByteSource(string: "<http://a> <http://p> \"1\" .\n"), format: .ntriples, graph: .iri("http://g/1"))
        try builder.load(ByteSource(string: "<http://a> <http://p> \"1\" .\n<http://b> <http://p> _:x .\n"),
                         format: .ntriples, graph: .iri("http://g/2"))
        let snap = builder.build(unionDefaultGraph: true)
        #expect(snap.defaultGraphCount == 2)  // the shared triple once
        #expect(snap.namedQuadCount == 3)
        #expect(snap.namedGraphs.count == 2)
    }

    @Test func blankNodesAreScopedPerDocument() throws {
        var builder = StoreBuilder()
        try builder.load(ByteSource(string: "_:x <http://p> \"1\" .\n"), format: .ntriples)
        try builder.load(ByteSource(string: "_:x <http://p> \"2\" .\n"), format: .ntriples)
        let snap = builder.build()
        let subjects = Set(snap.quads().map(\.subject))
        #expect(subjects.count == 2)
    }

    @Test func storeSwapsSnapshotsAtomically() {
        let store = Store()
        #expect(store.snapshot.defaultGraphCount == 0)
        var builder = StoreBuilder()
        builder.add(Quad(.iri("http://a"), .iri("http://p"), .string("x")))
        let old = store.swap(builder.build())
        #expect(old.defaultGraphCount == 0)
        #expect(store.snapshot.defaultGraphCount == 1)
    }

    @Test func largeIdsSortCorrectly() {
        // More than 65,536 terms exercises the high 16-bit radix passes.
        var builder = StoreBuilder()
        for i in 0..<70_000 { builder.add(Quad(.iri("http://s/\(i % 100)"), .iri("http://p"), .iri("http://o/\(i)"))) }
        let snap = builder.build()
        #expect(snap.defaultGraphCount == 70_000)
        let s5 = snap.quads(.iri("http://s/5"))
        #expect(s5.count == 700)
        #expect(snap.quads(nil, nil, .iri("http://o/69999")).first?.subject == .iri("http://s/99"))
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
