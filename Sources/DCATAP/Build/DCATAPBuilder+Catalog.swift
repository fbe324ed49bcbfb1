import Catalog
import RDF

extension DCATAPBuilder {
    static let defaultCatalogTitle = (fr: "Catalogue de métadonnées statistiques", en: "Statistical metadata catalogue")
    static let defaultCatalogDescription = (
        fr: "Flux de données, classifications et autres métadonnées statistiques, en données liées et en SDMX.",
        en: "Dataflows, classifications and other statistical metadata, as linked data and SDMX."
    )

    /// The `dcat:Catalog`: what the catalog says about itself, else the defaults documented in
    /// the README (bilingual titles, French and English, the most frequent dataset publisher).
    mutating func describeCatalog(_ iri: String, datasets: [String]) {
        out.type(iri, DCAT.Catalog)
        let node = catalogNode
        let titles = node.map { context.text($0, DCTERMS.title) } ?? LocalizedText()
        if titles.isEmpty { out.bilingual(iri, DCTERMS.title, Self.defaultCatalogTitle) } else { out.text(iri, DCTERMS.title, titles) }
        let descriptions = node.map { context.text($0, DCTERMS.description) } ?? LocalizedText()
        if descriptions.isEmpty {
            out.bilingual(iri, DCTERMS.description, Self.defaultCatalogDescription)
        } else {
            out.text(iri, DCTERMS.description, descriptions)
        }
        if let publisher = catalogPublisher { publish(iri, by: publisher) }
        for language in catalogLanguages { out.add(iri, DCTERMS.language, iri: language); refs.languages.insert(language) }
        if let node {
            for scheme in context.objects(node, DCAT.themeTaxonomy).compactMap({ context.graph.term($0).iriValue }) {
                out.add(iri, DCAT.themeTaxonomy, iri: scheme)
                refs.schemes.insert(scheme)
            }
            copyDates(from: node, to: iri)
        }
        if let license = catalogLicense { out.add(iri, DCTERMS.license, iri: license); refs.licenses.insert(license) }
        out.add(iri, FOAF.homepage, iri: base)
        out.type(base, FOAF.Document)  // the HTML landing page
        for d in datasets { out.add(iri, DCAT.dataset, iri: d) }
    }

    /// The catalog's `dct:publisher`, else the publisher of most dataflows and classifications.
    static func findPublisher(catalog node: TermID?, context: ViewContext, views: CatalogViews) -> String? {
        if let node, let p = context.links(node, DCTERMS.publisher).first { return p.iri }
        var counts: [String: Int] = [:]
        for f in views.all(DataflowView.self) { if let p = f.publisher { counts[p.iri, default: 0] += 1 } }
        for c in views.all(ClassificationView.self) { if let p = c.publisher { counts[p.iri, default: 0] += 1 } }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The catalog's `dct:language`s, else French and English (every label is bilingual).
    var catalogLanguages: [String] {
        let stated = catalogNode.map { context.links($0, DCTERMS.language).map(\.iri) } ?? []
        return stated.isEmpty ? [EUAuthority.french, EUAuthority.english] : stated
    }

    /// The catalog's `dct:license`, else the `--license` option, else none.
    var catalogLicense: String? {
        catalogNode.flatMap { context.links($0, DCTERMS.license).first?.iri } ?? options.license
    }

    /// Copies `dct:issued` and `dct:modified` (one each; `dct:created` stands in for a missing
    /// `dct:issued`).
    mutating func copyDates(from node: TermID, to iri: String) {
        let issued = context.literal(node, DCTERMS.issued) ?? context.literal(node, DCTERMS.created)
        if let issued { out.add(iri, DCTERMS.issued, .literal(issued)) }
        if let modified = context.literal(node, DCTERMS.modified) { out.add(iri, DCTERMS.modified, .literal(modified)) }
    }

    mutating func publish(_ iri: String, by publisher: String) {
        out.add(iri, DCTERMS.publisher, iri: publisher)
        refs.agents.insert(publisher)
    }

    mutating func describeService(_ kind: DataServiceKind, datasets: [String]) {
        let iri = serviceIRI(kind)
        out.type(iri, DCAT.DataService)
        out.bilingual(iri, DCTERMS.title, kind.titles)
        out.bilingual(iri, DCTERMS.description, kind.descriptions)
        // The DCAT-AP range shapes want both URLs typed `rdfs:Resource`.
        out.add(iri, DCAT.endpointURL, iri: base + kind.endpointPath)
        out.type(base + kind.endpointPath, RDFS.Resource)
        if let d = kind.endpointDescriptionPath {
            out.add(iri, DCAT.endpointDescription, iri: base + d)
            out.type(base + d, RDFS.Resource)
        }
        for s in kind.standards { conform(iri, to: s) }
        if let publisher = catalogPublisher { publish(iri, by: publisher) }
        out.add(iri, DCTERMS.accessRights, iri: options.accessRights)
        refs.rights.insert(options.accessRights)
        if let license = catalogLicense { out.add(iri, DCTERMS.license, iri: license); refs.licenses.insert(license) }
        for d in datasets { out.add(iri, DCAT.servesDataset, iri: d) }
    }

    mutating func conform(_ iri: String, to standard: Standard) {
        out.add(iri, DCTERMS.conformsTo, iri: standard.iri)
        refs.standards[standard.iri] = standard.title
    }
}
