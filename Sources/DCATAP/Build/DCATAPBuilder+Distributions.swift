import RDF

extension DCATAPBuilder {
    /// The distributions of a dataflow or classification dataset: JSON from the REST API
    /// (`{base}api/{api}`), every linked-data format of `resource` (`{resource}?format=…`), and
    /// the SDMX messages of its artefact from the SDMX REST API when it maps to one.
    mutating func distribute(_ dataset: String, resource: String, api: String) {
        let rest = serviceIRI(.rest)
        let json = base + "api/" + api
        addDistribution(dataset, .json, access: json, download: json, service: rest)
        for format in DistributionFormat.linkedData {
            guard let rdf = format.rdfFormat else { continue }
            let url = resource + "?format=" + (rdf.fileExtensions.first ?? rdf.rawValue)
            addDistribution(dataset, format, access: resource, download: url, service: nil)
        }
        guard let reference = sdmxReference(ofDataset: dataset) else { return }
        for format in DistributionFormat.sdmx {
            // The SDMX REST API picks the message format from `Accept`: access URL only. The server
            // mounts REST 1.5 at `sdmx/v1/` and REST 2 at `sdmx/v2/` (`structure/…` below it).
            let root = format.sdmxAPI == .v1 ? "sdmx/v1/" : "sdmx/v2/"
            let url = base + root + reference.restPath(format.sdmxAPI)
            addDistribution(dataset, format, access: url, download: nil, service: serviceIRI(.sdmx))
        }
    }

    mutating func addDistribution(_ dataset: String, _ format: DistributionFormat, access: String, download: String?,
                                  service: String?) {
        let iri = distributionIRI(dataset, format)
        out.add(dataset, DCAT.distribution, iri: iri)
        out.type(iri, DCAT.Distribution)
        out.bilingual(iri, DCTERMS.title, (fr: "Métadonnées en \(format.displayName)", en: "Metadata as \(format.displayName)"))
        out.add(iri, DCAT.accessURL, iri: access)
        if let download { out.add(iri, DCAT.downloadURL, iri: download) }
        if let service { out.add(iri, DCAT.accessService, iri: service) }
        out.add(iri, DCAT.mediaType, iri: format.mediaTypeIRI)
        out.add(iri, DCTERMS.format, iri: format.fileTypeIRI)
        refs.mediaTypes.insert(format.mediaTypeIRI)
        refs.fileTypes.insert(format.fileTypeIRI)
        if let standard = format.standard { conform(iri, to: standard) }
        if let license = catalogLicense { out.add(iri, DCTERMS.license, iri: license); refs.licenses.insert(license) }
    }
}
