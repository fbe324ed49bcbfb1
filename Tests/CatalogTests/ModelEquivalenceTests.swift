import Catalog
import Testing

/// The same facts written in the project's model, Insee's RMéS model and DCAT-AP / Data Cube, each
/// read through its mapping: the views give the same resources and the same answers (IRIs and
/// ids aside, which are each office's own).
@Suite("Vocabulary mappings: one catalog in three models")
struct ModelEquivalenceTests {
    /// What a classification says, without its IRIs.
    struct Scheme: Hashable {
        let labels: LocalizedText, notation: String?, validity: Validity?, topItems: [String]
        let items: [Item]
    }
    struct Item: Hashable {
        let code: String, notation: String?, labels: LocalizedText, broader: [String], narrower: [String]
    }
    struct Concept: Hashable {
        let notation: String?, labels: LocalizedText, definitions: LocalizedText, related: [LocalizedText], schemes: [LocalizedText]
    }
    struct Organisation: Hashable {
        let labels: LocalizedText, altLabels: [String: [String]], notation: String?, types: [String]
    }
    struct Flow: Hashable {
        let labels: LocalizedText, descriptions: LocalizedText, publisher: LocalizedText?, themes: [LocalizedText]
    }

    static func schemes(_ v: CatalogViews) -> Set<Scheme> {
        Set(v.all(ClassificationView.self).map { s in
            Scheme(labels: s.labels, notation: s.notation, validity: s.validity, topItems: s.topItems,
                   items: s.items.map { Item(code: $0.code, notation: $0.notation, labels: $0.labels,
                                             broader: $0.broader, narrower: $0.narrower) })
        })
    }

    static func concepts(_ v: CatalogViews) -> Set<Concept> {
        Set(v.all(ConceptView.self).map {
            Concept(notation: $0.notation, labels: $0.labels, definitions: $0.definitions, related: $0.related.map(\.labels),
                    schemes: $0.schemes.map(\.labels))
        })
    }

    static func organisations(_ v: CatalogViews) -> Set<Organisation> {
        Set(v.all(OrganisationView.self).map {
            Organisation(labels: $0.labels, altLabels: $0.altLabels, notation: $0.notation, types: $0.types)
        })
    }

    static func flows(_ v: CatalogViews) -> Set<Flow> {
        Set(v.all(DataflowView.self).map {
            Flow(labels: $0.labels, descriptions: $0.descriptions, publisher: $0.publisher?.labels,
                 themes: $0.themes.map(\.labels))
        })
    }

    @Test(arguments: [ModelCatalogs.rmes, ModelCatalogs.dcatQB])
    func classificationsConceptsAndOrganisationsAgree(model: ModelCatalogs.Model) throws {
        let own = try ModelCatalogs.views(ModelCatalogs.lodestat), other = try ModelCatalogs.views(model)
        let schemes = Self.schemes(own)
        #expect(schemes.count == 2)
        #expect(schemes.contains { $0.notation == "NAFRev2" && $0.items.count == 5 && $0.topItems == ["A"] })
        #expect(Self.schemes(other) == schemes)
        let concepts = Self.concepts(own)
        #expect(concepts.count == 7)  // five NAF items, two statistical concepts
        #expect(concepts.contains { $0.labels.pick("en")?.text == "ILO unemployed person" && !$0.definitions.isEmpty })
        #expect(Self.concepts(other) == concepts)
        let organisations = Self.organisations(own)
        #expect(organisations.count == 2)
        #expect(Self.organisations(other) == organisations)
    }

    @Test func datasetsAgreeBetweenTheProjectsModelAndDCAT() throws {
        let own = try ModelCatalogs.views(ModelCatalogs.lodestat), other = try ModelCatalogs.views(ModelCatalogs.dcatQB)
        let flows = Self.flows(own)
        #expect(flows.count == 1)
        #expect(flows.first?.publisher?.pick("fr")?.text == "Institut national de la statistique et des études économiques")
        #expect(Self.flows(other) == flows)
        #expect(Self.flows(try ModelCatalogs.views(ModelCatalogs.rmes)).isEmpty)
    }

    @Test(arguments: ModelCatalogs.all)
    func searchFindsTheSameResources(model: ModelCatalogs.Model) throws {
        let views = try ModelCatalogs.views(model)
        let hits = views.search("chomeur", kinds: [.concept]).items
        #expect(hits.count == 1)
        #expect(hits.first?.labels.pick("fr")?.text == "Chômeur au sens du BIT")
        let naf = views.search("cultures non permanentes").items
        #expect(naf.contains { $0.kind == .concept && $0.labels.pick("en")?.text == "Growing of non-perennial crops" })
    }

    @Test func anOfficesIRIsGetIdsFromTheMappingsPatterns() throws {
        let views = try ModelCatalogs.views(ModelCatalogs.rmes)
        #expect(views.get(ClassificationView.self, id: "nafr2")?.iri == "http://id.insee.fr/codes/nafr2/naf")
        #expect(views.get(ConceptView.self, id: "definition/c1001")?.iri == "http://id.insee.fr/concepts/definition/c1001")
        #expect(views.get(ConceptView.self, id: "nafr2/groupe/01.1")?.notation == "01.1")
        #expect(views.get(OrganisationView.self, id: "insee")?.notation == "Insee")
        // a classification item answers by its code in its classification
        #expect(views.get(ClassificationView.self, id: "nafr2")?.item("01.11Z")?.broader == ["01.11"])
    }
}
