import Catalog
import RDF
import SDMX
import Store

/// Builds the DCAT-AP 3 description of a loaded catalog: one `dcat:Catalog`, a `dcat:Dataset`
/// per dataflow, per classification and per other collection of resources, a `dcat:Distribution`
/// per representation the server gives of each, a `dcat:DataService` per API, and the typed
/// resources they point to (agents, concepts, languages, media types, standards…) so that the
/// document stands alone against the DCAT-AP shapes.
struct DCATAPBuilder {
    let context: ViewContext
    let views: CatalogViews
    /// The base the server answers under (`DCATAPOptions.publicBase`, else the catalog's base).
    let base: String
    let options: DCATAPOptions
    /// The SDMX artefact of each resource that has one, by IRI.
    let sdmx: [String: ArtefactReference]
    let catalogNode: TermID?
    let catalogPublisher: String?
    var out = TripleCollector()
    var refs = References()

    init(dataset: CatalogDataset, views: CatalogViews, options: DCATAPOptions) {
        context = views.context
        self.views = views
        base = options.publicBase ?? dataset.base
        self.options = options
        sdmx = SDMXMapping.artefactReferences(from: dataset.snapshot, dataflowClasses: dataset.mapping.classes(.dataflow))
        catalogNode = Self.findCatalog(context)
        catalogPublisher = Self.findPublisher(catalog: catalogNode, context: context, views: views)
    }

    /// What the datasets and services point to, typed at the end (`describeReferences`).
    struct References {
        var agents = Set<String>(), concepts = Set<String>(), schemes = Set<String>()
        var frequencies = Set<String>(), activities = Set<String>(), languages = Set<String>()
        var mediaTypes = Set<String>(), fileTypes = Set<String>(), licenses = Set<String>(), rights = Set<String>()
        var standards: [String: String] = [:]
    }

    mutating func build() -> [Quad] {
        let catalog = catalogIRI
        var datasets: [String] = []
        for flow in views.all(DataflowView.self) { datasets.append(describe(flow)) }
        for scheme in views.all(ClassificationView.self) { datasets.append(describe(scheme)) }
        for collection in Collection.all where collection.count(views) > 0 { datasets.append(describe(collection)) }
        describeCatalog(catalog, datasets: datasets)
        for kind in DataServiceKind.allCases {
            let served = kind == .sdmx ? datasets.filter { sdmxReference(ofDataset: $0) != nil } : datasets
            describeService(kind, datasets: served)
            out.add(catalog, DCAT.service, iri: serviceIRI(kind))
        }
        describeReferences()
        return out.quads
    }

    // MARK: IRIs

    var idBase: String { context.idBase }

    /// The catalog's own `dcat:Catalog` when it describes one, else `{base}id/catalog`.
    var catalogIRI: String { catalogNode.map(context.iriString) ?? idBase + "catalog" }

    static func findCatalog(_ context: ViewContext) -> TermID? {
        guard let type = context.graph.id(iri: RDFVocabulary.type), let cls = context.graph.id(iri: DCAT.Catalog) else { return nil }
        return context.graph.subjects(type, cls).first { context.graph.kind($0) == .iri }
    }

    func serviceIRI(_ kind: DataServiceKind) -> String { idBase + "service/" + kind.rawValue }

    func distributionIRI(_ dataset: String, _ format: DistributionFormat) -> String {
        dataset + "/distribution/" + format.rawValue
    }

    /// Dataset IRI → the SDMX artefact it is published as (dataflows are their own datasets;
    /// classification datasets have the classification as primary topic).
    func sdmxReference(ofDataset iri: String) -> ArtefactReference? {
        sdmx[iri] ?? primaryTopics[iri].flatMap { sdmx[$0] }
    }

    /// Dataset IRI → classification IRI, filled while describing classifications.
    var primaryTopics: [String: String] = [:]
}
