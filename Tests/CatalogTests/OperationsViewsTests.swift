import Catalog
import Foundation
import RDF
import Testing

/// Families, operation series, operations, indicators and quality reports of the shipped catalog.
@Suite struct OperationsViewsTests {
    let views: CatalogViews

    init() throws { views = try Fixtures.views() }

    @Test func familiesHoldTheirSeries() throws {
        let prices = try #require(views.get(FamilyView.self, id: "prices"))
        #expect(prices.iri == "http://localhost:8080/id/family/prices")
        #expect(prices.series.map(\.id) == ["cpi"])
        #expect(prices.series.first?.kind == .operationSeries)
        let labour = try #require(views.get(FamilyView.self, id: "labour-market"))
        #expect(labour.series.compactMap(\.id) == ["dsn", "lfs"])
        #expect(views.all(FamilyView.self).map(\.id) == ["enterprises", "labour-market", "population", "prices"])
    }

    @Test func aSeriesKnowsItsFamilyOperationsIndicatorsDataflowsAndReport() throws {
        let cpi = try #require(views.get(OperationSeriesView.self, id: "cpi"))
        #expect(cpi.family?.id == "prices")
        #expect(cpi.operations.compactMap(\.id) == ["cpi-base-1998", "cpi-base-2015"])
        #expect(cpi.indicators.compactMap(\.id) == ["cpi", "hicp"])
        #expect(cpi.dataflows.compactMap(\.id) == ["DF_CPI"])
        #expect(cpi.qualityReports.compactMap(\.id) == ["cpi"])
        #expect(cpi.periodicity?.notation == "M")
        #expect(cpi.creators.compactMap(\.id) == ["dsds"])
        #expect(cpi.labels["en"] == "Consumer price index")
        #expect(cpi.abstracts["fr"]?.isEmpty == false)
    }

    @Test func replacementIsReadBothWays() throws {
        let base2015 = try #require(views.get(OperationView.self, id: "cpi-base-2015"))
        let base1998 = try #require(views.get(OperationView.self, id: "cpi-base-1998"))
        #expect(base2015.replaces.compactMap(\.id) == ["cpi-base-1998"])
        #expect(base1998.replacedBy.compactMap(\.id) == ["cpi-base-2015"])
        // lfs-2021 states only dct:replaces, lfs-2013 only dct:isReplacedBy: each is found from the other.
        #expect(try #require(views.get(OperationView.self, id: "lfs-2013")).replacedBy.compactMap(\.id) == ["lfs-2021"])
        #expect(base2015.series?.id == "cpi")
    }

    @Test func indicatorsNameTheirSeriesAndOrganisations() throws {
        let hicp = try #require(views.get(IndicatorView.self, id: "hicp"))
        #expect(hicp.producedFrom.compactMap(\.id) == ["cpi"])
        #expect(hicp.contributors.compactMap(\.id) == ["eurostat"])
        #expect(hicp.contributors.first?.kind == .organisation)
        #expect(hicp.periodicity?.notation == "M")
        #expect(hicp.seeAlso.compactMap(\.id) == ["cpi"])
        let filtered = try views.list(IndicatorView.self, filters: ["series": "lfs"])
        #expect(filtered.items.map(\.id) == ["employment-rate", "unemployment-rate"])
    }

    @Test func theTreeGoesFromFamiliesToOperationsAndIndicators() throws {
        let tree = OperationsTree(views, language: "en")
        #expect(tree.families.map(\.id) == ["enterprises", "labour-market", "population", "prices"])
        let prices = try #require(tree.families.first { $0.id == "prices" })
        #expect(prices.label?.text == "Prices")
        let cpi = try #require(prices.series.first)
        #expect(cpi.operations.map(\.id) == ["cpi-base-1998", "cpi-base-2015"])
        #expect(cpi.indicators.map(\.id) == ["cpi", "hicp"])
        #expect(tree.otherSeries.isEmpty)
    }

    @Test func theSIMSStructureRunsFromContactToComment() throws {
        let c = ViewContext(try Fixtures.shipped())
        let msd = try #require(MetadataStructure.all(c).first { $0.id == "MSD_SIMS" })
        let top = msd.attributes.filter { $0.parent == nil }.map(\.number)
        #expect(top == (1...19).map { "S.\($0)" })
        #expect(msd.attributes.first?.labels["en"] == "Contact")
        #expect(msd.attributes.last?.labels["fr"] == "Commentaire")
        let s1331 = try #require(msd.attributes.first { $0.number == "S.13.3.3.1" })
        #expect(s1331.id == "S_13_3_3_1")
        #expect(s1331.parent == "S_13_3_3")
        #expect(msd.attributes.first { $0.number == "S.2.1" }?.representation == .date)
        #expect(msd.attributes.first { $0.number == "S.3" }?.presentational == true)
        #expect(msd.attributes.allSatisfy { $0.labels["fr"] != nil && $0.labels["en"] != nil && $0.concept != nil })
    }

    @Test func aReportListsItsValuesInStructureOrder() throws {
        let report = try #require(views.get(QualityReportView.self, id: "cpi"))
        #expect(report.target?.id == "cpi")
        #expect(report.target?.kind == .operationSeries)
        #expect(report.modified?.value == "2025-02-14")
        let numbers = report.attributes.map(\.number)
        #expect(numbers.first == "S.1.1")
        #expect(numbers.firstIndex(of: "S.3.1")! < numbers.firstIndex(of: "S.18.1")!)
        #expect(report.attributes.first { $0.number == "S.1.1" }?.link?.id == "insee")
        #expect(report.attributes.first { $0.number == "S.9" }?.link?.notation == "M")
        #expect(report.attributes.first { $0.number == "S.2.3" }?.date == "2025-02-14")
        let description = try #require(report.attributes.first { $0.number == "S.3.1" }?.texts)
        #expect(description["fr"]?.hasPrefix("<p>") == true)
        #expect(description["en"]?.contains("consumer price index") == true)
        // One report per family of the catalog.
        let families = Set(views.all(QualityReportView.self).compactMap { r in
            r.target?.id.flatMap { views.get(OperationSeriesView.self, id: $0)?.family?.id }
        })
        #expect(families == Set(views.all(FamilyView.self).map(\.id)))
    }

    @Test func searchFindsOperationsAndIndicators() throws {
        let hits = views.search("chômage BIT", kinds: [.indicator]).items
        #expect(hits.first?.id == "unemployment-rate")
        #expect(views.search("enquete emploi", kinds: [.operationSeries, .operation]).items.map(\.kind).contains(.operation))
    }
}
