import Catalog
import Hummingbird

/// `GET /search`: the search page. Hits of the same ranked search as `/api/search`, narrowed by
/// facets (kind, language of the matched text, classification) whose values are counted over the
/// hits the other facets leave; the words of the query are marked in each hit; 20 hits a page.
struct SearchPageController<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    static var pageSize: Int { 20 }
    static var textLanguages: [String] { ["fr", "en", "code"] }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/search", id: "searchPage", tag: "html", summary: "Search results page with facets",
                           parameters: [.init("q", in: .query, "The words to look for"),
                                        .choice("kind", "Facet: only hits of this kind", ResourceKind.allCases.map(\.rawValue)),
                                        .choice("textLang", "Facet: only hits whose matched text is in this language (code: a notation)",
                                                Self.textLanguages),
                                        .init("classification", in: .query, "Facet: only items of this classification (its id)"),
                                        .integer("page", "The page of hits (\(Self.pageSize) a page)", 1...10_000), .lang],
                           responses: [(200, "HTML page", ["text/html"])])) { request, _ in
            let query = HTMLAnswer.query(request)
            func value(_ name: String) -> String? { query.first { $0.name == name }?.value.nilIfEmpty }
            let q = value("q") ?? ""
            let selected = SearchFacets.Selection(kind: value("kind").flatMap(ResourceKind.init(rawValue:)),
                                                  textLanguage: value("textLang"), classification: value("classification"))
            let page = value("page").flatMap(ParameterConstraint.parseInteger) ?? 1
            let views = repository.views()
            let hits = q.isEmpty ? [] : views.searchIndex.search(q)
            return HTMLAnswer.respond(request, cacheControl: cacheControl) { language in
                var names: [String: String] = [:]
                for c in views.all(ClassificationView.self) { names[c.id] = c.labels.pick(language)?.text }
                return SearchPage(q: q, hits: hits, selection: selected, page: page, pageSize: Self.pageSize,
                                  language: language, base: repository.baseIRI, classificationNames: names).html
            }
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
