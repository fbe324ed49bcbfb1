import Catalog
import RDF

extension DCATAPBuilder {
    static let classificationDescription = (fr: "Classification ou liste de codes publiée en SKOS/XKOS.",
                                            en: "Classification or code list published in SKOS/XKOS.")

    /// A dataflow is its own `dcat:Dataset` (the catalog types it so already).
    mutating func describe(_ flow: DataflowView) -> String {
        let iri = flow.iri
        guard let node = context.graph.id(iri: iri) else { return iri }
        let titles = context.text(node, DCTERMS.title)
        common(iri, node: node, titles: titles.isEmpty ? flow.labels : titles, descriptions: flow.descriptions,
               fallback: (fr: "Flux de données SDMX \(flow.id).", en: "SDMX dataflow \(flow.id)."),
               identifier: context.string(node, DCTERMS.identifier) ?? flow.notation ?? flow.id,
               publisher: flow.publisher, version: flow.version)
        for theme in flow.themes { addTheme(iri, theme.iri) }
        if let periodicity = flow.periodicity {
            let frequency = periodicity.notation.flatMap(EUAuthority.frequency(sdmxCode:)) ?? periodicity.iri
            out.add(iri, DCTERMS.accrualPeriodicity, iri: frequency)
            refs.frequencies.insert(frequency)
        }
        if let operation = flow.operation {
            out.add(iri, PROV.wasGeneratedBy, iri: operation.iri)
            refs.activities.insert(operation.iri)
        }
        distribute(iri, resource: iri, api: "dataflows/" + flow.id)
        return iri
    }

    /// A classification is described by a dataset whose primary topic it is: the catalog's own
    /// when it has one (`foaf:primaryTopic`), else `{base}id/dataset/{id}`.
    mutating func describe(_ scheme: ClassificationView) -> String {
        guard let node = context.graph.id(iri: scheme.iri) else { return scheme.iri }
        let stated = context.subjects(FOAF.primaryTopic, node).first { isDataset($0) }
        let iri = stated.map(context.iriString) ?? idBase + "dataset/" + scheme.id
        primaryTopics[iri] = scheme.iri
        out.add(iri, FOAF.primaryTopic, iri: scheme.iri)
        var descriptions = scheme.descriptions
        if descriptions.isEmpty, let stated { descriptions = context.text(stated, DCTERMS.description) }
        common(iri, node: node, titles: scheme.titles.isEmpty ? scheme.labels : scheme.titles, descriptions: descriptions,
               fallback: Self.classificationDescription, identifier: scheme.notation ?? scheme.id,
               publisher: scheme.publisher, version: scheme.version)
        if let stated { for t in context.links(stated, DCAT.theme) { addTheme(iri, t.iri) } }
        distribute(iri, resource: scheme.iri, api: "classifications/" + scheme.id)
        return iri
    }

    /// Every resource of a kind: `{base}id/dataset/collection/{plural}`.
    mutating func describe(_ collection: Collection) -> String {
        let iri = idBase + "dataset/collection/" + collection.plural
        out.type(iri, DCAT.Dataset)
        out.bilingual(iri, DCTERMS.title, collection.titles)
        out.bilingual(iri, DCTERMS.description, collection.descriptions)
        out.add(iri, DCTERMS.identifier, .string(collection.plural))
        if let publisher = catalogPublisher { publish(iri, by: publisher) }
        rights(iri)
        let service = serviceIRI(.rest)
        addDistribution(iri, .json, access: base + "api/" + collection.plural, download: nil, service: service)
        for format in DistributionFormat.linkedData {
            guard let rdf = format.rdfFormat else { continue }
            let url = base + "api/export/" + collection.plural + "?format=" + (rdf.fileExtensions.first ?? rdf.rawValue)
            addDistribution(iri, format, access: url, download: url, service: service)
        }
        return iri
    }

    func isDataset(_ node: TermID) -> Bool {
        guard let type = context.graph.id(iri: RDFVocabulary.type), let cls = context.graph.id(iri: DCAT.Dataset) else { return false }
        return context.graph.contains(node, type, cls) && context.graph.kind(node) == .iri
    }

    /// What every dataflow and classification dataset says.
    mutating func common(_ iri: String, node: TermID, titles: LocalizedText, descriptions: LocalizedText,
                         fallback: (fr: String, en: String), identifier: String, publisher: Link?, version: String?) {
        out.type(iri, DCAT.Dataset)
        if titles.isEmpty { out.add(iri, DCTERMS.title, .string(identifier)) } else { out.text(iri, DCTERMS.title, titles) }
        if descriptions.isEmpty { out.bilingual(iri, DCTERMS.description, fallback) } else { out.text(iri, DCTERMS.description, descriptions) }
        out.add(iri, DCTERMS.identifier, .string(identifier))
        if let p = publisher?.iri ?? catalogPublisher { publish(iri, by: p) }
        if let version { out.add(iri, DCAT.version, .string(version)) }
        for language in catalogLanguages { out.add(iri, DCTERMS.language, iri: language) }
        copyDates(from: node, to: iri)
        rights(iri)
    }

    mutating func rights(_ iri: String) {
        out.add(iri, DCTERMS.accessRights, iri: options.accessRights)
        refs.rights.insert(options.accessRights)
    }

    /// A theme is kept when the catalog labels it (DCAT-AP wants a `skos:prefLabel`).
    mutating func addTheme(_ dataset: String, _ theme: String) {
        guard let node = context.graph.id(iri: theme), !context.text(node, SKOS.prefLabel).isEmpty else { return }
        out.add(dataset, DCAT.theme, iri: theme)
        refs.concepts.insert(theme)
    }
}
