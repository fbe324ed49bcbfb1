import RDF
import SPARQL
import Store

/// Decoded look-ups over a snapshot, across the default graph and every named graph
/// (de-duplicated), in a stable (sorted) order.
struct GraphReader {
    let snapshot: StoreSnapshot

    init(_ snapshot: StoreSnapshot) { self.snapshot = snapshot }

    private func id(_ iri: String) -> TermID? { snapshot.id(of: .iri(iri)) }

    private func collect(_ s: TermID?, _ p: TermID?, _ o: TermID?, pick: (IDQuad) -> TermID) -> [Term] {
        var ids = Set<TermID>()
        for graph in [GraphSelector.defaultGraph, .anyNamed] {
            snapshot.match(s, p, o, graph: graph) { q in ids.insert(pick(q)); return true }
        }
        return ids.map { snapshot.term($0) }.sorted()
    }

    /// Objects of `subject predicate ?o`.
    func objects(_ subject: Term, _ predicate: String) -> [Term] {
        guard let s = snapshot.id(of: subject), let p = id(predicate) else { return [] }
        return collect(s, p, nil) { $0.object }
    }

    /// The first (smallest) object of `subject predicate ?o`.
    func object(_ subject: Term, _ predicate: String) -> Term? { objects(subject, predicate).first }

    /// Subjects of `?s predicate object`.
    func subjects(_ predicate: String, _ object: Term) -> [Term] {
        guard let p = id(predicate), let o = snapshot.id(of: object) else { return [] }
        return collect(nil, p, o) { $0.subject }
    }

    /// Subjects of `?s rdf:type class`.
    func instances(of type: String) -> [Term] { subjects(RDFVocabulary.type, .iri(type)) }

    func hasType(_ subject: Term, _ type: String) -> Bool {
        objects(subject, RDFVocabulary.type).contains(.iri(type))
    }

    /// True when some triple `?s predicate ?o` exists with this object.
    func isObject(of predicate: String, _ object: Term) -> Bool { !subjects(predicate, object).isEmpty }

    /// The first plain (or typed) literal's lexical form.
    func string(_ subject: Term, _ predicate: String) -> String? {
        objects(subject, predicate).compactMap { $0.literalValue?.lexicalForm }.first
    }

    /// Language-tagged literals as an international string (untagged ones count as `en`
    /// when no English text is given).
    func texts(_ subject: Term, _ predicates: [String]) -> InternationalString {
        for p in predicates {
            var out = InternationalString()
            var untagged: String?
            for case .literal(let l) in objects(subject, p) {
                if let lang = l.language {
                    if out[lang] == nil { out.set(l.lexicalForm, language: lang) }
                } else if untagged == nil {
                    untagged = l.lexicalForm
                }
            }
            if let untagged, out["en"] == nil { out.set(untagged, language: "en") }
            if !out.isEmpty { return out }
        }
        return InternationalString()
    }
}
