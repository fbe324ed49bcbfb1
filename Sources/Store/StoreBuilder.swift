import RDF
import RDFFormats

/// Collects quads for a new snapshot: terms are interned as they arrive, the indexes are
/// built in one pass by `build` (sort, not insert-one-by-one). A builder that throws
/// half-way is simply dropped: no snapshot ever sees half a load.
public struct StoreBuilder {
    private var dictionary: TermDictionary
    private var triples: [Key3] = []
    private var quads: [Key4] = []
    private var lastSubject: Term = .iri("")
    private var lastSubjectID: TermID = 0
    /// Predicates are few and recur: a small direct-mapped cache saves most of their lookups.
    private var predicateCache = [(Term, TermID)](repeating: (.iri(""), 0), count: 64)
    private var documents = 0

    public init(expectedTerms: Int = 1024) {
        dictionary = TermDictionary(capacity: expectedTerms)
    }

    /// Quads added so far (before de-duplication).
    public var count: Int { triples.count + quads.count }

    /// Adds one quad; a nil graph is the default graph.
    public mutating func add(_ quad: Quad) {
        let s: TermID
        if quad.subject == lastSubject && lastSubjectID != 0 { s = lastSubjectID } else {
            s = dictionary.intern(quad.subject); lastSubject = quad.subject; lastSubjectID = s
        }
        let p: TermID
        let slot = Self.cacheSlot(quad.predicate)
        if predicateCache[slot].1 != 0 && predicateCache[slot].0 == quad.predicate { p = predicateCache[slot].1 } else {
            p = dictionary.intern(quad.predicate)
            predicateCache[slot] = (quad.predicate, p)
        }
        let o = dictionary.intern(quad.object)
        if let g = quad.graph {
            quads.append(Key4(dictionary.intern(g), s, p, o))
        } else {
            triples.append(Key3(s, p, o))
        }
    }

    /// A cheap slot for an IRI: its length and last byte (IRIs of one vocabulary share prefixes).
    @inline(__always)
    private static func cacheSlot(_ t: Term) -> Int {
        guard case .iri(let s) = t else { return 0 }
        let u = s.utf8
        return (u.count &* 31 &+ Int(u.last ?? 0)) & 63
    }

    /// Parses a document into the builder. Quads of the document's default graph go to `graph`
    /// when it is given. Blank nodes are scoped to the document (two documents never share one).
    public mutating func load(_ source: ByteSource, format: RDFFormat, base: String? = nil, graph: Term? = nil,
                              progress: ((Int) -> Void)? = nil) throws {
        documents += 1
        let prefix = documents == 1 ? "" : "d\(documents)_"
        var n = 0
        try RDFParsing.parse(source, format: format, base: base, blankNodePrefix: prefix) { q in
            if let graph, q.graph == nil {
                var q = q
                q.graph = graph
                add(q)
            } else {
                add(q)  // no copy of the quad on the common path
            }
            n += 1
            if let progress, n & 0xFFFF == 0 { progress(n) }
        }
        progress?(n)
    }

    /// Builds the immutable snapshot. With `unionDefaultGraph`, the default graph also holds
    /// every triple of every named graph (the catalog's view: one graph per file, the union as default).
    public consuming func build(unionDefaultGraph: Bool = false) -> StoreSnapshot {
        var t = triples
        if unionDefaultGraph { t.append(contentsOf: quads.lazy.map { Key3($0.b, $0.c, $0.d) }) }
        triples = []
        return StoreSnapshot(dictionary: dictionary, triples: t, quads: quads)
    }
}
