import Catalog
import Hummingbird

/// `GET /api/search`: ranked full-text search over labels in every language,
/// case- and accent-insensitive, across kinds or within some.
struct SearchController<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/api/search", id: "search", tag: "api",
                           summary: "Ranked search over labels (French and English, accent- and case-insensitive)",
                           parameters: [.init("q", in: .query, "The words to look for", required: true, .nonEmptyText),
                                        .init("kind", in: .query, "Restrict to kinds (comma-separated)",
                                              .choiceList(ResourceKind.allCases.map(\.rawValue)))]
                                        + Paging.parameters(defaultLimit: 20, noun: "Hits") + [.lang],
                           responses: [(200, "One page of hits, best first", ["application/json"]),
                                       (400, "Missing q or unknown kind", [Problem.mediaType])],
                           jsonSchema: APISchemas.page(of: "SearchHit"))) { request, _ in
            let query = FormDecoding.decode(request.uri.query ?? "")
            let paging = try Paging(query, defaultLimit: 20)
            guard let q = query.first(where: { $0.name == "q" })?.value, !q.isEmpty else {
                throw ServerError.badRequest("missing q (the words to search for)")
            }
            var kinds: Set<ResourceKind>?
            if let k = query.first(where: { $0.name == "kind" })?.value {
                kinds = []
                for name in k.split(separator: ",") {
                    guard let kind = ResourceKind(rawValue: String(name)) else {
                        throw ServerError.badRequest("unknown kind '\(name)'")
                    }
                    kinds?.insert(kind)
                }
            }
            let language = LanguageNegotiation.choose(request: request)
            let page = repository.views().search(q, kinds: kinds, limit: paging.limit, offset: paging.offset)
            let body = PageBody(items: page.items.map { Localized(view: $0, label: $0.labels.pick(language)) },
                                total: page.total, limit: paging.limit, offset: paging.offset,
                                links: paging.links(path: request.uri.path, query: query, total: page.total))
            return Representation(bytes: try APIJSON.encode(body), mediaType: "application/json",
                                  headers: [.vary: "Accept-Language", .contentLanguage: language])
                .response(to: request, cacheControl: cacheControl)
        }
    }
}
