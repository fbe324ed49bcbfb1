import Catalog
import Hummingbird

/// `/api/classifications/{id}/items|levels|correspondences`: the parts of one classification,
/// items filtered by level (depth) and parent code, paged.
struct ClassificationItemsController<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    /// The deepest level `?level=` may name (XKOS classifications have a handful).
    static var maxDepth: Int { 20 }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let id = RouteDoc.Parameter("id", in: .path, "The classification id")
        table.add(RouteDoc("GET", "/api/classifications/{id}/items", id: "classificationItems", tag: "api",
                           summary: "Items of a classification, filtered by level and parent",
                           parameters: [id, .integer("level", "Depth of the level (1 = top)", 1...ClassificationItemsController.maxDepth),
                                        .init("parent", in: .query, "Code of the broader item")]
                                        + Paging.parameters() + [.lang, ClassificationAPISupport<Repository>.dateParameter],
                           responses: [(200, "One page of items", ["application/json"]),
                                       (404, "No such classification", [Problem.mediaType])],
                           jsonSchema: APISchemas.page(of: "ClassificationItem"))) { request, context in
            let query = FormDecoding.decode(request.uri.query ?? "")
            let paging = try Paging(query)
            let scheme = try classification(context.parameters.get("id") ?? "", request)
            try ClassificationAPISupport<Repository>.checkDate(query, scheme, repository.views())
            var items = scheme.items
            if let level = query.first(where: { $0.name == "level" })?.value {
                guard let depth = ParameterConstraint.parseInteger(level) else {
                    throw ServerError.badRequest("level must be an integer, not '\(level.prefix(40))'")
                }
                items = items.filter { $0.depth == depth }
            }
            if let parent = query.first(where: { $0.name == "parent" })?.value {
                let parentIRI = scheme.items.first { $0.code == parent || $0.notation == parent }?.iri
                items = items.filter { item in item.broader.contains { $0 == parent || $0 == parentIRI } }
            }
            let language = LanguageNegotiation.choose(request: request)
            let body = PageBody(items: items[paging.range(in: items.count)].map { Localized(view: $0, label: $0.labels.pick(language)) },
                                total: items.count, limit: paging.limit, offset: paging.offset,
                                links: paging.links(path: request.uri.path, query: query, total: items.count))
            return try json(body, request, language)
        }
        table.add(RouteDoc("GET", "/api/classifications/{id}/levels", id: "classificationLevels", tag: "api",
                           summary: "Levels of a classification", parameters: [id],
                           responses: [(200, "The levels", ["application/json"]),
                                       (404, "No such classification", [Problem.mediaType])])) { request, context in
            let scheme = try classification(context.parameters.get("id") ?? "", request)
            return try json(scheme.levels, request, nil)
        }
        table.add(RouteDoc("GET", "/api/classifications/{id}/correspondences", id: "classificationCorrespondences",
                           tag: "api", summary: "Correspondence tables involving a classification", parameters: [id],
                           responses: [(200, "The correspondences", ["application/json"]),
                                       (404, "No such classification", [Problem.mediaType])])) { request, context in
            let scheme = try classification(context.parameters.get("id") ?? "", request)
            return try json(scheme.correspondences, request, nil)
        }
    }

    private func classification(_ id: String, _ request: Request) throws -> ClassificationView {
        guard let view = repository.views().get(ClassificationView.self, id: id) else {
            throw ServerError.notFound(path: request.uri.path)
        }
        return view
    }

    private func json(_ value: some Encodable, _ request: Request, _ language: String?) throws -> Response {
        var headers: HTTPFields = [.vary: "Accept-Language"]
        if let language { headers[.contentLanguage] = language }
        return Representation(bytes: try APIJSON.encode(value), mediaType: "application/json", headers: headers)
            .response(to: request, cacheControl: cacheControl)
    }
}
