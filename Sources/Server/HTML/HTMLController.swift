import Catalog
import Hummingbird

/// Server-rendered pages: `/` (search and browse by type) and `/browse/{kind}`. Resource pages are
/// the HTML representation of `/id/…`; the search page, the classification browser and the SPARQL
/// page have their own controllers.
struct HTMLController<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let lang = RouteDoc.Parameter.choice("lang", "Page language", LanguageNegotiation.supported)
        table.add(RouteDoc("GET", "/", id: "home", tag: "html", summary: "Landing page: search and browse by type",
                           parameters: [lang], responses: [(200, "HTML page", ["text/html"])])) { request, _ in
            HTMLAnswer.respond(request, cacheControl: cacheControl) { language in
                let counts = repository.views()
                var body = "<h1>Lodestat</h1>\n<p>" + HTML.say(language,
                    "Official statistics metadata: series, classifications, concepts, events.",
                    "Métadonnées de la statistique publique : séries, nomenclatures, concepts, événements.") + "</p>\n<ul class=\"kinds\">\n"
                for kind in ResourceKind.allCases {
                    let n = Self.count(kind, counts)
                    body += "<li><a href=\"/browse/\(kind.rawValue)?lang=\(language)\">\(HTML.escape(Self.name(kind, language)))</a> (\(n))</li>\n"
                }
                body += "</ul>\n<p><a href=\"/statistical-operations?lang=\(language)\">" + HTML.say(language, "Statistical operations", "Opérations statistiques")
                    + "</a> · <a href=\"/structures?lang=\(language)\">" + HTML.say(language, "SDMX structures", "Structures SDMX")
                    + "</a> · <a href=\"/query?lang=\(language)\">" + HTML.say(language, "SPARQL query editor", "Éditeur de requêtes SPARQL")
                    + "</a> · <a href=\"/sparql\">SPARQL endpoint</a> · <a href=\"/openapi.json\">OpenAPI</a> · <a href=\"/dcat\">DCAT-AP</a></p>"
                return HTML.page(title: "Lodestat", language: language, path: "/", body: body)
            }
        }
        table.add(RouteDoc("GET", "/browse/{kind}", id: "browse", tag: "html", summary: "Every resource of a kind",
                           parameters: [.init("kind", in: .path, "The kind of resource", .choice(ResourceKind.allCases.map(\.rawValue))), lang],
                           responses: [(200, "HTML page", ["text/html"]), (404, "Unknown kind", [Problem.mediaType])])) { request, context in
            guard let kind = ResourceKind(rawValue: context.parameters.get("kind") ?? "") else {
                throw ServerError.notFound(path: request.uri.path)
            }
            return HTMLAnswer.respond(request, cacheControl: cacheControl) { language in
                let items = Self.entries(kind, repository.views(), language)
                let base = repository.baseIRI
                let list = items.map { entry -> String in
                    var li = "<li><a href=\"\(HTML.escape(ResourcePage.link(entry.iri, base: base, language: language)))\">\(HTML.escape(entry.label))</a>"
                    if kind == .classification, let id = entry.id {
                        li += " · <a class=\"tree-link\" href=\"/classifications/\(HTML.escape(HTML.queryEscape(id)))?lang=\(language)\">"
                            + HTML.say(language, "tree", "arborescence") + "</a>"
                    }
                    return li + "</li>"
                }
                let title = Self.name(kind, language)
                return HTML.page(title: title, language: language, path: request.uri.path,
                                 body: "<h1>\(HTML.escape(title))</h1>\n<ul class=\"resources\">\n" + list.joined(separator: "\n") + "\n</ul>")
            }
        }
    }

    static func name(_ kind: ResourceKind, _ language: String) -> String { KindNames.name(kind, language) }

    static func count(_ kind: ResourceKind, _ views: CatalogViews) -> Int { entries(kind, views, "en").count }

    /// (iri, label, id) of every resource of a kind, sorted by label.
    static func entries(_ kind: ResourceKind, _ views: CatalogViews, _ language: String) -> [(iri: String, label: String, id: String?)] {
        func of<V: CatalogView>(_ t: V.Type) -> [(iri: String, label: String, id: String?)] {
            views.all(t).map { ($0.iri, $0.label(language)?.text ?? $0.id, Optional($0.id)) }
        }
        let all: [(iri: String, label: String, id: String?)]
        switch kind {
        case .series: all = of(SeriesView.self)
        case .dataflow: all = of(DataflowView.self)
        case .classification: all = of(ClassificationView.self)
        case .concept: all = of(ConceptView.self)
        case .event: all = of(EventView.self)
        case .internship: all = of(InternshipTopicView.self)
        case .organisation: all = of(OrganisationView.self)
        case .project: all = of(ProjectView.self)
        case .family: all = of(FamilyView.self)
        case .operationSeries: all = of(OperationSeriesView.self)
        case .operation: all = of(OperationView.self)
        case .indicator: all = of(IndicatorView.self)
        case .qualityReport: all = of(QualityReportView.self)
        }
        return all.sorted { $0.label.lowercased() < $1.label.lowercased() }
    }
}
