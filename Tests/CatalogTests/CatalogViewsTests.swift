import Catalog
import Foundation
import RDF
import Testing

@Suite struct CatalogViewsTests {
    let views: CatalogViews

    init() throws { views = try Fixtures.views() }

    @Test func naceHasFourLevelsAnd996Items() throws {
        let nace = try #require(views.get(ClassificationView.self, id: "nace-r2"))
        #expect(nace.levels.map(\.depth) == [1, 2, 3, 4])
        #expect(nace.levels.map(\.itemCount) == [21, 88, 272, 615])
        #expect(nace.items.count == 996)
        #expect(nace.topItems.count == 21)
        let a = try #require(nace.item("A"))
        #expect(a.depth == 1)
        #expect(a.narrower.contains("01"))
        #expect(a.notes.contains { $0.kind == "coreContent" && $0.text["fr"] != nil && $0.text["en"] != nil })
        let division = try #require(nace.item("01"))
        #expect(division.broader == ["A"])
        #expect(division.labels["fr"] != nil)
        #expect(nace.label("fr")?.language == "fr")
    }

    @Test func cpiDataflowHasItsStructure() throws {
        let cpi = try #require(views.get(DataflowView.self, id: "DF_CPI"))
        #expect(cpi.label("en")?.text == "Consumer price index")
        let dsd = try #require(cpi.structure)
        #expect(dsd.dimensions.map(\.id) == ["FREQ", "REF_AREA", "COICOP", "TIME_PERIOD"])
        #expect(dsd.measures.map(\.id) == ["OBS_VALUE"])
        #expect(Set(dsd.attributes.map(\.id)) == ["UNIT_MEASURE", "UNIT_MULT", "DECIMALS", "OBS_STATUS", "CONF_STATUS"])
        let freq = dsd.dimensions[0]
        #expect(freq.codeList?.id == "CL_FREQ")
        #expect(freq.concept?.id == "FREQ")
        #expect(freq.order == 1)
        #expect(dsd.attributes.first { $0.id == "UNIT_MEASURE" }?.required == true)
        #expect(dsd.seriesKey.count == 3)
        #expect(cpi.series.count == 13)
        #expect(cpi.themes.first?.id == "classification/themes/prices")
    }

    @Test func seriesKnowTheirDataflowAndKey() throws {
        let s = try #require(views.get(SeriesView.self, id: "DF_CPI.M.FR.00"))
        #expect(s.dataflow?.id == "DF_CPI")
        #expect(s.notation == "M.FR.00")
        #expect(s.dimensions.map { $0.component.notation } == ["FREQ", "REF_AREA", "COICOP"])
        #expect(s.dimensions[0].value.notation == "M")
        #expect(s.attributes.contains { $0.component.notation == "UNIT_MEASURE" })
        let page = try views.list(SeriesView.self, filters: ["dataflow": "DF_CPI"], limit: 5)
        #expect(page.total == 13)
        #expect(page.items.count == 5)
        #expect(try views.list(SeriesView.self).total == 36)
    }

    @Test func conceptsAndCodes() throws {
        let freq = try #require(views.get(ConceptView.self, id: "FREQ"))
        #expect(freq.label("en")?.text == "Frequency")
        #expect(freq.exactMatches == [SDMX.Concept.freq])
        let monthly = try #require(views.get(ConceptView.self, id: "classification/CL_FREQ/M"))
        #expect(monthly.schemes.first?.id == "CL_FREQ")
        let codes = try views.list(ConceptView.self, filters: ["scheme": "CL_FREQ"], limit: 100)
        #expect(codes.total == codes.items.count && codes.total > 3)
    }

    @Test func eventsWithTalksAndSpeakers() throws {
        let seminar = try #require(views.get(EventView.self, id: "ssplab-seminar"))
        #expect(seminar.talks.count == 12)
        #expect(seminar.talks.map(\.position) == Array(1...12).map(Optional.some))
        #expect(seminar.talks[0].speakers.map(\.id) == ["person/elise-coudin", "person/pauline-givord"])
        #expect(seminar.organizers.first?.id == "ssp-lab")
        let training = try #require(views.get(EventView.self, id: "training-text-analysis"))
        #expect(training.startDate == nil || training.startDate?.datatype == XSD.gMonthDay)
        #expect(training.dateAsStated["fr"] == "le 25 juin")
        #expect(training.types == ["EducationEvent"])
        let topLevel = try views.list(EventView.self, filters: ["parent": "none"], limit: 100)
        #expect(!topLevel.items.contains { $0.parent != nil })
        #expect(try views.list(EventView.self, filters: ["parent": "ssplab-seminar"]).total == 12)
    }

    @Test func internshipTopics() throws {
        let page = try views.list(InternshipTopicView.self)
        #expect(page.total == 9)
        let datalab = try #require(views.get(InternshipTopicView.self, id: "datalab-ml-interpretability"))
        #expect(datalab.host?.id == "credit-agricole-sa")
        #expect(datalab.duration == "P6M")
        #expect(datalab.startDate?.value == "2019-03-04")
        #expect(datalab.locality == "Montrouge")
        #expect(datalab.skills["fr"]?.contains("Rigueur") == true)
        let ensai = try views.list(InternshipTopicView.self, filters: ["programme": "ensai-std"])
        #expect(ensai.total == 8)
        #expect(ensai.items.allSatisfy { $0.milestones.count == 3 })
    }

    @Test func organisationsWithParentsAndChildren() throws {
        let lab = try #require(views.get(OrganisationView.self, id: "ssp-lab"))
        #expect(Set(lab.parents.compactMap(\.id)) == ["dmcsi", "insee"])
        #expect(lab.changes.contains { $0.id == "organisation/ssp-lab-creation" && $0.kind == nil })
        let insee = try #require(views.get(OrganisationView.self, id: "insee"))
        #expect(insee.children.contains { $0.id == "ssp-lab" })
        #expect(insee.memberOf.first?.id == "ssp")
        let ssp = try #require(views.get(OrganisationView.self, id: "ssp"))
        #expect(ssp.members.contains { $0.id == "insee" })
    }

    @Test func projects() throws {
        #expect(try views.list(ProjectView.self, limit: 0).total == 19)
        let p = try #require(views.get(ProjectView.self, id: "mobile-phone-segregation"))
        #expect(p.category?.id == "classification/project-categories/new-sources")
        #expect(p.partners.map(\.id) == ["orange-labs"])
        #expect(p.themes.count == 2)
        #expect(try views.list(ProjectView.self, filters: ["theme": "population"]).items.contains { $0.id == p.id })
    }

    @Test func listPagesAndRefusesUnknownFilters() throws {
        let all = try views.list(ProjectView.self, limit: 100)
        let page = try views.list(ProjectView.self, limit: 5, offset: 15)
        #expect(page.items.map(\.id) == Array(all.items.map(\.id)[15...]))
        #expect(try views.list(ProjectView.self, limit: 5, offset: 500).items.isEmpty)
        #expect(throws: CatalogError.self) { try views.list(ProjectView.self, filters: ["colour": "red"]) }
        #expect(views.get(ProjectView.self, id: "no-such-project") == nil)
        #expect(views.get(ProjectView.self, id: "DF_CPI") == nil)
    }

    @Test func viewsEncodeAsPlainJSON() throws {
        let project = try #require(views.get(ProjectView.self, id: "mobile-phone-segregation"))
        let json = String(decoding: try JSONEncoder().encode(project), as: UTF8.self)
        #expect(json.contains(#""labels":{"#))
        #expect(json.contains(#""fr":"Téléphonie mobile"#) || json.contains(#""fr":"T\u00e9l"#))
        let page = try views.list(ProjectView.self, limit: 2)
        let pageJSON = String(decoding: try JSONEncoder().encode(page), as: UTF8.self)
        #expect(pageJSON.contains(#""total":19"#))
    }

    @Test func languageSelectionRecordsTheRealLanguage() {
        var text = LocalizedText()
        text.add("Bonjour", language: "fr")
        #expect(text.pick("en") == LocalizedValue(text: "Bonjour", language: "fr", requested: "en"))
        #expect(text.pick("en")?.isFallback == true)
        text.add("Hello", language: "EN")
        #expect(text.pick("en")?.text == "Hello")
        #expect(text.pick("de")?.language == "fr")
        var other = LocalizedText()
        other.add("Hallo", language: "de")
        #expect(other.pick("fr")?.language == "de")
    }

    @Test func searchIsAccentAndCaseInsensitiveAndRanked() throws {
        // The CPI concept and the CPI dataflow are both named exactly so.
        let hits = views.search("indice des prix a la consommation")
        #expect(Set(hits.items.prefix(2).map(\.id)) == ["CPI", "DF_CPI"])
        #expect(hits.items.prefix(2).allSatisfy { $0.score == 100 && $0.language == "fr" })
        let english = views.search("CONSUMER PRICE", kinds: [.dataflow])
        #expect(english.items.map(\.id) == ["DF_CPI"])
        let accents = views.search("ségrégation", kinds: [.project])
        #expect(Set(accents.items.map(\.id)) == ["mobile-phone-segregation", "school-avoidance-segregation"])
        #expect(views.search("SEGREGATION", kinds: [.project]).items.map(\.id) == accents.items.map(\.id))
        let prefix = views.search("télépho", kinds: [.project])
        #expect(prefix.items.first?.id == "mobile-phone-segregation")
        #expect(prefix.items.first?.score == 70)
        let exact = views.search("SSP Lab", kinds: [.organisation])
        #expect(exact.items.first?.id == "ssp-lab")
        #expect(exact.items.first?.score == 100)
        #expect(views.search("zzzz-nothing").total == 0)
    }
}

@Suite struct CatalogViewsIndexTests {
    @Test func getFindsEveryListedViewByItsId() throws {
        let views = CatalogViews(try Fixtures.shipped())
        views.prepare()
        for type in CatalogViews.viewTypes {
            func check<V: CatalogView>(_ type: V.Type) {
                let all = views.all(type)
                for v in all { #expect(views.get(type, id: v.id)?.iri == v.iri, "\(V.kind) \(v.id)") }
                #expect(views.get(type, id: "no-such-id") == nil)
            }
            check(type)
        }
        #expect(!views.all(ConceptView.self).isEmpty)
    }

    @Test func getWorksWithoutPrepare() throws {
        let views = CatalogViews(try Fixtures.shipped())
        #expect(views.get(DataflowView.self, id: "DF_CPI")?.label("en")?.text == "Consumer price index")
        #expect(views.get(ConceptView.self, id: "FREQ") != nil)
    }
}
