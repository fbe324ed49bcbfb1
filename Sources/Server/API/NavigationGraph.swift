import Catalog
import RDF

/// The RDF of a navigation or correspondence answer, for its JSON-LD form: the items of the
/// answer as SKOS concepts (notation, labels, scheme, validity) and the answer's relation as the
/// vocabulary states it — `skos:broaderTransitive` for ancestors, `skos:narrower` for children and
/// tree levels, `skos:narrowerTransitive` for descendants, the `xkos:ConceptAssociation`s of the
/// tables for predecessors, successors and projections, `xkos:Correspondence` for the tables.
struct NavigationGraph {
    private(set) var quads: [Quad] = []
    private var seen = Set<Quad>()

    mutating func add(_ s: String, _ p: String, _ o: Term) {
        let q = Quad(.iri(s), .iri(p), o)
        if seen.insert(q).inserted { quads.append(q) }
    }

    mutating func append(_ more: [Quad]) {
        for q in more where seen.insert(q).inserted { quads.append(q) }
    }

    mutating func texts(_ s: String, _ p: String, _ t: LocalizedText?) {
        guard let t else { return }
        for language in t.languages {
            guard let text = t[language] else { continue }
            add(s, p, language.isEmpty ? .string(text) : .langString(text, language))
        }
    }

    /// The IRI of `code` in the scheme `schemeIRI` (codes of another scheme are absolute already).
    static func itemIRI(_ code: String, in schemeIRI: String) -> String {
        code.contains("://") ? code : schemeIRI + "/" + code
    }

    /// An item of `scheme`: type, notation, labels, scheme, its broader item, the version's validity.
    mutating func item(_ item: ClassificationItem, in scheme: ClassificationView) {
        add(item.iri, RDFVocabulary.type, .iri(SKOS.Concept))
        if let n = item.notation { add(item.iri, SKOS.notation, .string(n)) }
        texts(item.iri, SKOS.prefLabel, item.labels)
        add(item.iri, SKOS.inScheme, .iri(scheme.iri))
        for b in item.broader { add(item.iri, SKOS.broader, .iri(Self.itemIRI(b, in: scheme.iri))) }
        validity(scheme.iri, scheme.validity)
    }

    mutating func validity(_ s: String, _ v: Validity?) {
        if let start = v?.start { add(s, SchemaOrg.startDate, Day(start) == nil ? .string(start) : .typed(start, XSD.date)) }
        if let end = v?.end { add(s, SchemaOrg.endDate, Day(end) == nil ? .string(end) : .typed(end, XSD.date)) }
    }

    /// `from` `predicate` each of `items` (all of `scheme`), with the items described.
    mutating func related(_ from: ClassificationItem, _ predicate: String, _ items: some Sequence<ClassificationItem>,
                          in scheme: ClassificationView) {
        add(from.iri, RDFVocabulary.type, .iri(SKOS.Concept))
        for i in items {
            add(from.iri, predicate, .iri(i.iri))
            item(i, in: scheme)
        }
    }

    /// A table's own statements (without its associations).
    mutating func table(_ t: CorrespondenceView) {
        add(t.iri, RDFVocabulary.type, .iri(XKOS.Correspondence))
        texts(t.iri, SKOS.prefLabel, t.labels)
        texts(t.iri, DCTERMS.description, t.descriptions)
        texts(t.iri, SKOS.scopeNote, t.notes)
        if let s = t.source?.iri { add(t.iri, LDS.sourceClassification, .iri(s)); add(t.iri, XKOS.compares, .iri(s)) }
        if let s = t.target?.iri { add(t.iri, LDS.targetClassification, .iri(s)); add(t.iri, XKOS.compares, .iri(s)) }
        if let p = t.publisher?.iri { add(t.iri, DCTERMS.publisher, .iri(p)) }
    }

    /// One association of `t`, as the table states it (source → target).
    mutating func association(_ a: CorrespondenceView.Association, of t: CorrespondenceView) {
        add(t.iri, XKOS.madeOf, .iri(a.iri))
        add(a.iri, RDFVocabulary.type, .iri(XKOS.ConceptAssociation))
        for c in a.source { add(a.iri, XKOS.sourceConcept, .iri(Self.itemIRI(c, in: t.source?.iri ?? ""))) }
        for c in a.target { add(a.iri, XKOS.targetConcept, .iri(Self.itemIRI(c, in: t.target?.iri ?? ""))) }
        if let k = a.kind { add(a.iri, LDS.associationKind, .string(k)) }
        if let f = a.sourceFullyCovered { add(a.iri, LDS.sourceFullyCovered, .typed(f ? "true" : "false", XSD.boolean)) }
        if let d = a.date { add(a.iri, DCTERMS.date, Day(d) == nil ? .string(d) : .typed(d, XSD.date)) }
    }

    /// The items of the other side reached by `steps` (notation, labels, scheme).
    mutating func linked(_ steps: [Step], views: CatalogViews) {
        for s in steps {
            guard let scheme = views.get(ClassificationView.self, id: s.classification) else { continue }
            let iri = Self.itemIRI(s.code, in: scheme.iri)
            add(iri, RDFVocabulary.type, .iri(SKOS.Concept))
            if let n = s.notation { add(iri, SKOS.notation, .string(n)) }
            texts(iri, SKOS.prefLabel, s.labels)
            add(iri, SKOS.inScheme, .iri(scheme.iri))
            validity(scheme.iri, scheme.validity)
        }
    }

    /// The associations of the tables in `tables` that hold `code` on the `source` (or target) side.
    mutating func associations(holding code: String, onSource source: Bool, of tables: [CorrespondenceView]) {
        for t in tables {
            let hits = t.associations.filter { (source ? $0.source : $0.target).contains(code) }
            guard !hits.isEmpty else { continue }
            table(t)
            for a in hits { association(a, of: t) }
        }
    }
}
