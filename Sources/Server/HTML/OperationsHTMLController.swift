import Catalog
import Hummingbird

/// Server-rendered pages of statistical operations: `/statistical-operations` (the tree of families, series,
/// operations and indicators, with their quality reports) and `/quality-reports/{id}` (a SIMS report
/// by section, in the structure's order).
struct OperationsHTMLController<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let lang = RouteDoc.Parameter.choice("lang", "Page language", LanguageNegotiation.supported)
        table.add(RouteDoc("GET", "/statistical-operations", id: "operationsPage", tag: "html",
                           summary: "The operations tree: families, series, operations, indicators, quality reports",
                           parameters: [lang], responses: [(200, "HTML page", ["text/html"])])) { request, _ in
            page(request) { language in
                let views = repository.views()
                return OperationsTreePage(views: views, tree: OperationsTree(views, language: language),
                                          base: repository.baseIRI, language: language).content
            }
        }
        table.add(RouteDoc("GET", "/quality-reports/{id}", id: "qualityReportPage", tag: "html",
                           summary: "A quality report (SIMS) by section",
                           parameters: [.init("id", in: .path, "The report id"), lang],
                           responses: [(200, "HTML page", ["text/html"]), (404, "No such report", [Problem.mediaType])])) { request, context in
            let id = context.parameters.get("id") ?? ""
            guard let report = repository.views().get(QualityReportView.self, id: id) else {
                throw ServerError.notFound(path: request.uri.path)
            }
            return page(request) { language in
                QualityReportPage(report: report, base: repository.baseIRI, language: language).content
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
}
