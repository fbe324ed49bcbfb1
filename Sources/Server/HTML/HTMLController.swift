import Catalog
import Hummingbird

/// Server-rendered pages: `/` (search and browse by type), `/browse/{kind}`, `/search`.
/// Resource pages are the HTML representation of `/id/…`.
struct HTMLController<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    static var kindNames: [ResourceKind: (en: String, fr: String)] { [
        .series: ("Time series", "Séries temporelles"), .dataflow: ("Dataflows", "Flux de données"),
        .classification: ("Classifications", "Nomenclatures"), .concept: ("Concepts", "Concepts"),
        .event: ("Events", "Événements"), .internship: ("Internship topics", "Sujets de stage"),
        .organisation: ("Organisations", "Organisations"), .project: ("Projects", "Projets"),
        .family: ("Operation families", "Familles d'opérations"),
        .operationSeries: ("Operation series", "Séries d'opérations"), .operation: ("Operations", "Opérations"),
        .indicator: ("Indicators", "Indicateurs"), .qualityReport: ("Quality reports", "Rapports qualité"),
    ] }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let lang = RouteDoc.Parameter.choice("lang", "Page language", LanguageNegotiation.supported)
        table.add(RouteDoc("GET", "/", id: "home", tag: "html", summary: "Landing page: search and browse by type",
                           parameters: [lang], responses: [(200, "HTML page", ["text/html"])])) { request, _ in
            page(request) { language in
                let counts = repository.views()
                var body = "<h1>Lodestat</h1>\n<p>" + (language == "fr"
                    ? "Métadonnées de la statistique publique : séries, nomenclatures, concepts, événements."
                    : "Official statistics metadata: series, classifications, concepts, events.") + "</p>\n<ul class=\"kinds\">\n"
                for kind in ResourceKind.allCases {
                    let n = Self.count(kind, counts)
                    body += "<li><a href=\"/browse/\(kind.rawValue)?lang=\(language)\">\(HTML.escape(Self.name(kind, language)))</a> (\(n))</li>\n"
                }
                body += "</ul>\n<p><a href=\"/operations?lang=\(language)\">" + (language == "fr" ? "Opérations statistiques" : "Statistical operations")
                    + "</a> · <a href=\"/sparql\">SPARQL</a> · <a href=\"/openapi.json\">OpenAPI</a></p>"
                return ("Lodestat", body)
            }
        }
        table.add(RouteDoc("GET", "/browse/{kind}", id: "browse", tag: "html", summary: "Every resource of a kind",
                           parameters: [.init("kind", in: .path, "The kind of resource", .choice(ResourceKind.allCases.map(\.rawValue))), lang],
                           responses: [(200, "HTML page", ["text/html"]), (404, "Unknown kind", [Problem.mediaType])])) { request, context in
            guard let kind = ResourceKind(rawValue: context.parameters.get("kind") ?? "") else {
                throw ServerError.notFound(path: request.uri.path)
            }
            return page(request) { language in
                let items = Self.entries(kind, repository.views(), language)
                let base = repository.baseIRI
                let list = items.map { "<li><a href=\"\(HTML.escape(ResourcePage.link($0.iri, base: base, language: language)))\">\(HTML.escape($0.label))</a></li>" }
                return (Self.name(kind, language), "<h1>\(HTML.escape(Self.name(kind, language)))</h1>\n<ul class=\"resources\">\n" + list.joined(separator: "\n") + "\n</ul>")
            }
        }
        table.add(RouteDoc("GET", "/search", id: "searchPage", tag: "html", summary: "Search results page",
                           parameters: [.init("q", in: .query, "The words to look for"), lang],
                           responses: [(200, "HTML page", ["text/html"])])) { request, _ in
            let q = FormDecoding.decode(request.uri.query ?? "").first { $0.name == "q" }?.value ?? ""
            return page(request) { language in
                let hits = q.isEmpty ? [] : repository.views().search(q, limit: 100).items
                let base = repository.baseIRI
                let title = (language == "fr" ? "Résultats pour « " : "Results for “") + q + (language == "fr" ? " »" : "”")
                let list = hits.map { h in
                    let label = h.labels.pick(language)?.text ?? h.id
                    return "<li><a href=\"\(HTML.escape(ResourcePage.link(h.iri, base: base, language: language)))\">\(HTML.escape(label))</a> <small>\(HTML.escape(Self.name(h.kind, language)))</small></li>"
                }
                let empty = language == "fr" ? "<p>Aucun résultat.</p>" : "<p>No results.</p>"
                return (title, "<h1>\(HTML.escape(title))</h1>\n" + (hits.isEmpty ? empty : "<ol class=\"hits\">\n" + list.joined(separator: "\n") + "\n</ol>"))
            }
        }
    }

    private func page(_ request: Request, _ build: (String) -> (title: String, body: String)) -> Response {
        let language = LanguageNegotiation.choose(request: request)
        let (title, body) = build(language)
        return Representation(text: HTML.page(title: title, language: language, path: request.uri.path, body: body),
                              mediaType: "text/html; charset=utf-8",
                              headers: [.vary: "Accept-Language", .contentLanguage: language])
            .response(to: request, cacheControl: cacheControl)
    }

    static func name(_ kind: ResourceKind, _ language: String) -> String {
        guard let n = kindNames[kind] else { return kind.rawValue }
        return language == "fr" ? n.fr : n.en
    }

    static func count(_ kind: ResourceKind, _ views: CatalogViews) -> Int { entries(kind, views, "en").count }

    /// (iri, label) of every resource of a kind, sorted by label.
    static func entries(_ kind: ResourceKind, _ views: CatalogViews, _ language: String) -> [(iri: String, label: String)] {
        func of<V: CatalogView>(_ t: V.Type) -> [(iri: String, label: String)] {
            views.all(t).map { ($0.iri, $0.label(language)?.text ?? $0.id) }
        }
        let all: [(iri: String, label: String)]
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
        return all.sorted { $0.label.localizedLowercase() < $1.label.localizedLowercase() }
    }
}

private extension String {
    func localizedLowercase() -> String { lowercased() }
}
