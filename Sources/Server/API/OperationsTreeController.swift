import Catalog
import Hummingbird

/// `GET /api/operations/tree`: families → series → operations, with the indicators under the series
/// they are produced from (the tree Insee's Metadata-API serves at `/operations/arborescence`).
struct OperationsTreeController<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/api/operations/tree", id: "operations_tree", tag: "api",
                           summary: "The operations tree: families, their series, each series' operations and indicators",
                           parameters: [.lang],
                           responses: [(200, "The tree: families (with series) and otherSeries", ["application/json"])])) { request, _ in
            let language = LanguageNegotiation.choose(request: request)
            let key = "api\u{1F}operations-tree\u{1F}" + language
            let made = try repository.representation(key) { views in
                Representation(bytes: try APIJSON.encode(OperationsTree(views, language: language)),
                               mediaType: "application/json",
                               headers: [.vary: "Accept-Language", .contentLanguage: language])
            }
            guard let made else { throw ServerError.internalError("the operations tree could not be built") }
            return made.response(to: request, cacheControl: cacheControl)
        }
    }
}
