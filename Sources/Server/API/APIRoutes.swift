import Catalog
import Hummingbird

/// Every REST route: list, detail and export for each kind, classification parts, search.
enum APIRoutes {
    static func add<Repository: APIRepository>(to table: RouteTable<some RequestContext>, repository: Repository,
                                               cacheControl cache: String) {
        var collections: [String] = []
        func both<V: CatalogView>(_ type: V.Type, _ plural: String, _ summary: String, idSegment: String = "{id+}",
                                  extra: [String: ResourceController<V, Repository>.ExtraFilter] = [:],
                                  validity: (@Sendable (V) -> Validity?)? = nil) {
            collections.append(plural)
            ResourceController<V, Repository>(repository: repository, plural: plural, summary: summary,
                                              cacheControl: cache, extraFilters: extra, idSegment: idSegment,
                                              validity: validity)
                .addRoutes(to: table)
            ExportController<V, Repository>(repository: repository, plural: plural, cacheControl: cache).addRoutes(to: table)
        }
        SearchController(repository: repository, cacheControl: cache).addRoutes(to: table)
        ClassificationItemsController(repository: repository, cacheControl: cache).addRoutes(to: table)
        ClassificationNavigationController(repository: repository, cacheControl: cache).addRoutes(to: table)
        CorrespondencesController(repository: repository, cacheControl: cache).addRoutes(to: table)
        ClassificationDownloadsController(repository: repository, cacheControl: cache).addRoutes(to: table)
        both(SeriesView.self, "series", "time series", extra: [
            "date": { v, value in Validity.matches(v.validity, filter: value) },
            "frequency": { v, value in v.matches("freq", value) },
            "theme": { v, value in
                guard let id = v.dataflow?.id.map({ $0.split(separator: "/").last.map(String.init) ?? $0 }),
                      let flow = repository.views().get(DataflowView.self, id: id) else { return false }
                return flow.themes.contains { APIFilters.link($0, matches: value) }
            },
        ], validity: { $0.validity })
        both(DataflowView.self, "dataflows", "dataflows")
        both(ClassificationView.self, "classifications", "classifications and code lists", idSegment: "{id}", extra: [
            "date": { v, value in Validity.matches(v.validity, filter: value) },
        ], validity: { $0.validity })
        both(ConceptView.self, "concepts", "concepts", extra: ["date": { v, value in Validity.matches(v.validity, filter: value) }],
             validity: { $0.validity })
        both(EventView.self, "events", "events (seminars, trainings)", extra: [
            "from": { v, value in (v.startDate?.value).map { $0 >= value } ?? false },
            "to": { v, value in (v.startDate?.value).map { String($0.prefix(value.count)) <= value } ?? false },
            "asOf": { v, value in APIFilters.valid(start: v.startDate?.value, end: v.endDate?.value, on: value) },
        ])
        both(InternshipTopicView.self, "internship-topics", "internship topics", extra: [
            "organisation": { v, value in v.host.map { APIFilters.link($0, matches: value) } ?? false },
            "asOf": { v, value in APIFilters.valid(start: v.startDate?.value, end: nil, on: value) },
        ])
        both(OrganisationView.self, "organisations", "organisations")
        both(ProjectView.self, "projects", "projects")
        OperationsTreeController(repository: repository, cacheControl: cache).addRoutes(to: table)
        both(FamilyView.self, "families", "statistical operation families")
        both(OperationSeriesView.self, "operation-series", "statistical operation series")
        both(OperationView.self, "operations", "statistical operations")
        both(IndicatorView.self, "indicators", "statistical indicators")
        both(QualityReportView.self, "quality-reports", "quality reports (SIMS)")
        APIIndexController(collections: collections, cacheControl: cache).addRoutes(to: table)
    }
}

/// Filters the server adds to the catalog views' own.
enum APIFilters {
    /// A link matches its id, its last id segment, its IRI or its notation.
    static func link(_ link: Link, matches value: String) -> Bool {
        link.id == value || link.iri == value || link.notation == value || link.id?.hasSuffix("/" + value) == true
    }

    /// True when `date` (ISO lexical, compared by prefix) is within [start, end]; open ends allowed,
    /// a resource with no start is never "valid on" a date.
    static func valid(start: String?, end: String?, on date: String) -> Bool {
        guard let start else { return false }
        if String(start.prefix(date.count)) > date { return false }
        if let end, String(end.prefix(date.count)) < date { return false }
        return true
    }
}
