import RDF
import Store

/// A read-only graph over a snapshot: its default graph, or the union of some named graphs
/// (triples found in several of them count once). Works on term ids; decodes only on request.
public struct GraphView: Sendable {
    public let snapshot: StoreSnapshot
    /// nil: the default graph; otherwise the union of these named graphs.
    public let graphs: Set<TermID>?

    public init(_ snapshot: StoreSnapshot, graphs: Set<TermID>? = nil) {
        self.snapshot = snapshot
        self.graphs = graphs
    }

    public func id(_ term: Term) -> TermID? { snapshot.id(of: term) }
    public func id(iri: String) -> TermID? { snapshot.id(of: .iri(iri)) }
    public func term(_ id: TermID) -> Term { snapshot.term(id) }
    public func kind(_ id: TermID) -> TermDictionary.TermKind { snapshot.dictionary.kind(id) }

    /// Calls `body` with each matching triple as (s, p, o); with several graphs, a triple found in
    /// more than one may be reported more than once unless the pattern binds s and p, or p and o.
    public func match(_ s: TermID?, _ p: TermID?, _ o: TermID?, _ body: (TermID, TermID, TermID) -> Void) {
        guard let graphs else {
            snapshot.match(s, p, o, graph: .defaultGraph) { body($0.subject, $0.predicate, $0.object); return true }
            return
        }
        var last: (TermID, TermID, TermID) = (0, 0, 0)
        snapshot.match(s, p, o, graph: .anyNamed) { q in
            guard graphs.contains(q.graph) else { return true }
            if (q.subject, q.predicate, q.object) == last { return true }  // same triple, another graph (adjacent in s-p-o-g orders)
            last = (q.subject, q.predicate, q.object)
            body(q.subject, q.predicate, q.object)
            return true
        }
    }

    /// The distinct objects of `s p ?o`, in id order.
    public func objects(_ s: TermID, _ p: TermID) -> [TermID] {
        var out: [TermID] = []
        match(s, p, nil) { _, _, o in if out.last != o { out.append(o) } }
        return graphs == nil ? out : Array(Set(out)).sorted()
    }

    /// The distinct subjects of `?s p o`, in id order.
    public func subjects(_ p: TermID, _ o: TermID) -> [TermID] {
        var out: [TermID] = []
        match(nil, p, o) { s, _, _ in if out.last != s { out.append(s) } }
        return graphs == nil ? out : Array(Set(out)).sorted()
    }

    /// The distinct subjects of any triple with predicate `p`.
    public func subjects(withPredicate p: TermID) -> [TermID] {
        var seen = Set<TermID>()
        var out: [TermID] = []
        match(nil, p, nil) { s, _, _ in if seen.insert(s).inserted { out.append(s) } }
        return out
    }

    /// The distinct objects of any triple with predicate `p`.
    public func objects(withPredicate p: TermID) -> [TermID] {
        var seen = Set<TermID>()
        var out: [TermID] = []
        match(nil, p, nil) { _, _, o in if seen.insert(o).inserted { out.append(o) } }
        return out
    }

    /// One object of `s p ?o` (the smallest id), if any.
    public func object(_ s: TermID, _ p: TermID) -> TermID? { objects(s, p).first }

    public func contains(_ s: TermID, _ p: TermID, _ o: TermID) -> Bool {
        var found = false
        match(s, p, o) { _, _, _ in found = true }
        return found
    }

    /// True when `s` is the subject of at least one triple.
    public func hasSubject(_ s: TermID) -> Bool {
        var found = false
        if let graphs {
            snapshot.match(s, nil, nil, graph: .anyNamed) { q in
                if graphs.contains(q.graph) { found = true; return false }
                return true
            }
        } else {
            snapshot.match(s, nil, nil, graph: .defaultGraph) { _ in found = true; return false }
        }
        return found
    }

    /// True when `o` is the object of at least one triple.
    public func hasObject(_ o: TermID) -> Bool {
        var found = false
        if let graphs {
            snapshot.match(nil, nil, o, graph: .anyNamed) { q in
                if graphs.contains(q.graph) { found = true; return false }
                return true
            }
        } else {
            snapshot.match(nil, nil, o, graph: .defaultGraph) { _ in found = true; return false }
        }
        return found
    }

    /// The members of the RDF list starting at `head` (nil if it is not a well-formed list).
    public func list(_ head: TermID) -> [TermID]? {
        guard let first = id(iri: RDFVocabulary.first), let rest = id(iri: RDFVocabulary.rest) else {
            return id(iri: RDFVocabulary.nil) == head ? [] : nil
        }
        let nilID = id(iri: RDFVocabulary.nil)
        var out: [TermID] = []
        var node = head
        var seen = Set<TermID>()
        while node != nilID {
            guard seen.insert(node).inserted, let value = object(node, first), let next = object(node, rest) else {
                return nil
            }
            out.append(value)
            node = next
        }
        return out
    }
}
