import Catalog
import RDF

extension DCATAPBuilder {
    /// Types and labels what the description points to, as the DCAT-AP range shapes require
    /// (`sh:class` on publishers, themes, languages, media types, formats, standards, licences,
    /// access rights, frequencies, activities), so that the document validates on its own.
    mutating func describeReferences() {
        for agent in refs.agents.sorted() { describeAgent(agent) }
        for concept in refs.concepts.sorted() {
            out.type(concept, SKOS.Concept)
            if let node = context.graph.id(iri: concept) { out.text(concept, SKOS.prefLabel, context.text(node, SKOS.prefLabel)) }
        }
        for scheme in refs.schemes.sorted() {
            out.type(scheme, SKOS.ConceptScheme)
            let node = context.graph.id(iri: scheme)
            var titles = node.map { context.text($0, DCTERMS.title) } ?? LocalizedText()
            if titles.isEmpty, let node { titles = context.labels(node) }
            if titles.isEmpty { out.add(scheme, DCTERMS.title, .string(scheme)) } else { out.text(scheme, DCTERMS.title, titles) }
        }
        for f in refs.frequencies.sorted() { out.type(f, DCTERMS.Frequency) }
        for a in refs.activities.sorted() {
            out.type(a, PROV.Activity)
            if let node = context.graph.id(iri: a) { out.text(a, RDFS.label, context.labels(node)) }
        }
        for l in refs.languages.sorted() { out.type(l, DCTERMS.LinguisticSystem); label(l) }
        for m in refs.mediaTypes.sorted() { out.type(m, DCTERMS.MediaType) }
        for f in refs.fileTypes.sorted() { out.type(f, DCTERMS.MediaTypeOrExtent) }
        for l in refs.licenses.sorted() { out.type(l, DCTERMS.LicenseDocument) }
        for r in refs.rights.sorted() { out.type(r, DCTERMS.RightsStatement); label(r) }
        for (iri, title) in refs.standards.sorted(by: { $0.key < $1.key }) {
            out.type(iri, DCTERMS.Standard)
            out.add(iri, DCTERMS.title, .string(title))
        }
    }

    /// The fr/en label of an EU authority concept the export names itself.
    mutating func label(_ iri: String) {
        guard let l = EUAuthority.labels[iri] else { return }
        out.bilingual(iri, RDFS.label, l)
    }

    /// A publisher: `foaf:Agent` named by its labels, with its `dct:type` when the catalog gives
    /// one that is an ADMS publisher type or a concept the catalog labels.
    mutating func describeAgent(_ iri: String) {
        out.type(iri, FOAF.Agent)
        guard let node = context.graph.id(iri: iri) else {
            out.add(iri, FOAF.name, .string(iri))
            return
        }
        if context.kind(of: node) == .organisation { out.type(iri, FOAF.Organization) }
        let names = context.labels(node)
        if names.isEmpty { out.add(iri, FOAF.name, .string(iri)) } else { out.text(iri, FOAF.name, names) }
        if let notation = context.string(node, SKOS.notation) { out.add(iri, DCTERMS.identifier, .string(notation)) }
        for type in context.links(node, DCTERMS.type) {
            if let l = ADMSPublisherType.labels[type.iri] {
                out.add(iri, DCTERMS.type, iri: type.iri)
                out.type(type.iri, SKOS.Concept)
                out.bilingual(type.iri, SKOS.prefLabel, l)
                break
            }
            guard let t = context.graph.id(iri: type.iri) else { continue }
            let labels = context.text(t, SKOS.prefLabel)
            if labels.isEmpty { continue }
            out.add(iri, DCTERMS.type, iri: type.iri)
            out.type(type.iri, SKOS.Concept)
            out.text(type.iri, SKOS.prefLabel, labels)
            break
        }
    }
}
