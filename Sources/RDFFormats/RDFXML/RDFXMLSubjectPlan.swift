import RDF

/// How an RDF/XML serializer lays out subjects: triples grouped by subject in first-seen
/// order, and the blank nodes that can be nested where they are referenced.
struct RDFXMLSubjectPlan {
    var order: [Term] = []
    var properties: [Term: [(Term, Term)]] = [:]
    /// How many triples have each blank node as object.
    var references: [Term: Int] = [:]
    var written: Set<Term> = []

    /// Duplicate triples are written twice (the graph read back is the same), sparing a set.
    init(_ triples: [Triple]) {
        for t in triples {
            if properties[t.subject] == nil { order.append(t.subject) }
            properties[t.subject, default: []].append((t.predicate, t.object))
            if t.object.isBlankNode { references[t.object, default: 0] += 1 }
        }
    }

    /// A blank node referenced exactly once is written inside its referrer.
    func isTopLevel(_ subject: Term) -> Bool {
        !(subject.isBlankNode && references[subject, default: 0] == 1)
    }

    /// True when `object` can be written nested here (not already written, e.g. in a cycle).
    func canNest(_ object: Term) -> Bool {
        object.isBlankNode && references[object, default: 0] == 1 && !written.contains(object)
    }
}
