import RDF
import Store

/// Builds an SDMX structure message from a catalog snapshot.
///
/// - `skos:ConceptScheme`s whose concepts are the `qb:concept` of a component (or are typed
///   `sdmx:Concept`) → ConceptSchemes;
///   schemes whose concepts are the `dcat:theme` of a dataflow → a CategoryScheme, plus one
///   Categorisation per (dataflow, theme); every other concept scheme (XKOS classifications,
///   SDMX codelists…) → a Codelist, hierarchy from `skos:broader`, ids from `skos:notation`.
/// - `qb:DataStructureDefinition`s → DataStructures; `lds:Dataflow`s → Dataflows.
/// - `xkos:Correspondence`s between two codelists → a StructureSet (2.1) and a RepresentationMap
///   (3.0) each, with the same identity.
/// - Identities: see `IdentityResolver`. Names: `skos:prefLabel`, else `rdfs:label`, else
///   `dct:title`; descriptions: `dct:description`, else `skos:definition` (fr and en kept).
public enum SDMXMapping {
    /// The agency of resources with neither `lds:sdmxUrn` nor a publisher with a notation.
    public static let defaultAgency = "LODESTAT"
    /// The version of resources without `owl:versionInfo`.
    public static let defaultVersion = "1.0"

    static let namePredicates = [SKOS.prefLabel, RDFS.label, DCTERMS.title]
    static let descriptionPredicates = [DCTERMS.description, SKOS.definition]

    /// Every artefact of the catalog in one message. `dataflowClasses`: the classes of dataflows
    /// (the vocabulary mapping's, e.g. `dcat:Dataset`, `qb:DataSet`), besides `sdmx:Dataflow`.
    public static func structureMessage(from snapshot: StoreSnapshot, header: MessageHeader = MessageHeader(),
                                        dataflowClasses: [String] = [LDS.Dataflow]) throws -> StructureMessage {
        var m = CatalogMapper(GraphReader(snapshot), dataflowClasses: dataflowClasses)
        return try m.message(header: header)
    }
}

/// The mapping's working state (identity caches).
struct CatalogMapper {
    let graph: GraphReader
    let identities: IdentityResolver
    /// The classes whose instances are dataflows (always with `sdmx:Dataflow`).
    let dataflowClasses: [String]
    private var identityCache: [Term: MaintainableIdentity] = [:]

    init(_ graph: GraphReader, dataflowClasses: [String] = [LDS.Dataflow]) {
        self.graph = graph
        identities = IdentityResolver(graph: graph)
        self.dataflowClasses = dataflowClasses + [SDMXRDFTerms.Dataflow]
    }

    /// Every dataflow of the catalog.
    var dataflowsInCatalog: [Term] { Set(dataflowClasses.flatMap { graph.instances(of: $0) }).sorted() }

    mutating func identity(of resource: Term) -> MaintainableIdentity {
        if let known = identityCache[resource] { return known }
        let found = identities.identity(of: resource)
        identityCache[resource] = found
        return found
    }

    func names(_ resource: Term, fallback: String) -> InternationalString {
        let n = graph.texts(resource, SDMXMapping.namePredicates)
        return n.isEmpty ? InternationalString([LocalisedString(fallback, language: "en")]) : n
    }

    func descriptions(_ resource: Term) -> InternationalString {
        graph.texts(resource, SDMXMapping.descriptionPredicates)
    }

    /// The kinds of concept scheme, decided by how their concepts are used.
    enum SchemeRole { case codelist, conceptScheme, categoryScheme }

    func role(of scheme: Term) -> SchemeRole {
        if graph.hasType(scheme, SDMXRDFTerms.CodeList) { return .codelist }
        let members = self.members(of: scheme)
        if members.contains(where: { graph.isObject(of: QB.concept, $0) || graph.hasType($0, SDMXRDFTerms.Concept) }) {
            return .conceptScheme
        }
        if members.contains(where: { graph.isObject(of: DCAT.theme, $0) && isThemeOfDataflow($0) }) {
            return .categoryScheme
        }
        return .codelist
    }

    private func isThemeOfDataflow(_ concept: Term) -> Bool {
        graph.subjects(DCAT.theme, concept).contains { isDataflow($0) }
    }

    func isDataflow(_ resource: Term) -> Bool {
        dataflowClasses.contains { graph.hasType(resource, $0) }
    }

    /// The concepts of a scheme (`skos:inScheme`, `skos:hasTopConcept`, `skos:topConceptOf`).
    func members(of scheme: Term) -> [Term] {
        var set = Set(graph.subjects(SKOS.inScheme, scheme))
        set.formUnion(graph.objects(scheme, SKOS.hasTopConcept))
        set.formUnion(graph.subjects(SKOS.topConceptOf, scheme))
        // XKOS levels and SKOS collections also say skos:inScheme; they are not codes.
        return set.filter { !graph.hasType($0, XKOS.ClassificationLevel) && !graph.hasType($0, SKOS.Collection) }
            .sorted()
    }

    var conceptSchemesInCatalog: [Term] {
        Set(graph.instances(of: SKOS.ConceptScheme) + graph.instances(of: SDMXRDFTerms.ConceptScheme)
            + graph.instances(of: SDMXRDFTerms.CodeList)).sorted()
    }

    mutating func message(header: MessageHeader) throws -> StructureMessage {
        var codelists: [Codelist] = [], conceptSchemes: [ConceptScheme] = [], categorySchemes: [CategoryScheme] = []
        var categoryOwners: [Term: ArtefactReference] = [:]
        var codelistOf: [Term: Codelist] = [:]
        for scheme in conceptSchemesInCatalog where !scheme.isLiteral {
            switch role(of: scheme) {
            case .codelist:
                codelists.append(codelist(scheme))
                codelistOf[scheme] = codelists.last
            case .conceptScheme: conceptSchemes.append(conceptScheme(scheme))
            case .categoryScheme:
                let cs = categoryScheme(scheme)
                categorySchemes.append(cs)
                for m in members(of: scheme) { categoryOwners[m] = cs.reference }
            }
        }
        let dataflowTerms = dataflowsInCatalog
        var dataflows: [Dataflow] = []
        var categorisations: [Categorisation] = []
        for df in dataflowTerms {
            let flow = dataflow(df)
            dataflows.append(flow)
            categorisations += self.categorisations(of: df, flow: flow, owners: categoryOwners)
        }
        var structures: [DataStructure] = []
        let dsdTerms = Set(graph.instances(of: QB.DataStructureDefinition)
            + graph.instances(of: SDMXRDFTerms.DataStructureDefinition)).sorted()
        for dsd in dsdTerms { structures.append(try dataStructure(dsd)) }
        let maps = representationMaps(codelists: codelistOf)
        return StructureMessage(header: header, codelists: codelists, conceptSchemes: conceptSchemes,
                                categorySchemes: categorySchemes, categorisations: categorisations,
                                dataStructures: structures, dataflows: dataflows,
                                structureSets: maps.map(\.structureSet), representationMaps: maps)
    }
}
