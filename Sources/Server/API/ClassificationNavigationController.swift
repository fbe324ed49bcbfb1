import Catalog
import Hummingbird

/// `/api/classifications/{id}/items/{code}` and its neighbours: one item by code, its ancestors,
/// children, descendants, predecessors, successors and projection onto another version; and
/// `/api/classifications/{id}/tree`, the nested hierarchy.
struct ClassificationNavigationController<Repository: APIRepository> {
    let support: ClassificationAPISupport<Repository>

    init(repository: Repository, cacheControl: String) {
        support = ClassificationAPISupport(repository: repository, cacheControl: cacheControl)
    }

    private static var id: RouteDoc.Parameter { .init("id", in: .path, "The classification id (e.g. nace-r2, nace-r2-1)") }
    private static var code: RouteDoc.Parameter {
        .init("code", in: .path, "The item code (e.g. 62.01), or its notation when only one item has it")
    }
    private static var lang: RouteDoc.Parameter { .lang }
    private static var notFound: (status: Int, description: String, mediaTypes: [String]) {
        (404, "Unknown classification or item (the problem names what exists)", [Problem.mediaType])
    }
    private static var bad: (status: Int, description: String, mediaTypes: [String]) { (400, "Bad parameter", [Problem.mediaType]) }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let base = "/api/classifications/{id}/items/{code}"
        table.add(RouteDoc("GET", base, id: "classificationItem", tag: "api",
                           summary: "One item of a classification by its code, as JSON or JSON-LD",
                           parameters: [Self.id, Self.code, ClassificationAPISupport<Repository>.dateParameter, .choice("format", "json or jsonld (overrides Accept)", ContentNegotiation.Offer.formatValues([.json, .jsonld])), Self.lang],
                           responses: [(200, "The item", ["application/json", "application/ld+json"]), Self.notFound,
                                       (406, "Not acceptable", [Problem.mediaType])])) { request, context in
            try support.answer {
                let (scheme, item) = try resolve(context, request)
                return try support.detail(request, iri: item.iri) { language in
                    try support.json(ItemDetail(item, in: scheme, history: support.history, language: language), request,
                                     language: language)
                }
            }
        }
        addList(table, base + "/ancestors", "classificationItemAncestors", "The broader items of an item, top level first") { h, scheme, item, _ in
            h.ancestors(of: item, in: scheme)
        }
        addList(table, base + "/children", "classificationItemChildren", "The narrower items of an item") { h, scheme, item, _ in
            h.children(of: item, in: scheme)
        }
        addList(table, base + "/descendants", "classificationItemDescendants",
                "Every item under an item down to depth levels, depth-first",
                extra: [.integer("depth", "Levels below the item (1–10; default all)", 1...10)]) { h, scheme, item, query in
            let depth = try ClassificationAPISupport<Repository>.integer(query, "depth", 1...10)
            return h.descendants(of: item, in: scheme, depth: depth)
        }
        addSteps(table, base + "/predecessors", "classificationItemPredecessors",
                 "The items of earlier versions linked to an item by a correspondence table") { h, scheme, item in
            h.predecessors(of: item, in: scheme)
        }
        addSteps(table, base + "/successors", "classificationItemSuccessors",
                 "The items of later versions linked to an item by a correspondence table") { h, scheme, item in
            h.successors(of: item, in: scheme)
        }
        table.add(RouteDoc("GET", base + "/projection", id: "classificationItemProjection", tag: "api",
                           summary: "What an item becomes in another version: target codes, kind of each association, table used",
                           parameters: [Self.id, Self.code,
                                        .init("to", in: .query, "Target classification id, or a day YYYY-MM-DD (the version of the same series valid then)",
                                              required: true, .nonEmptyText), Self.lang],
                           responses: [(200, "The projection", ["application/json"]), Self.bad, Self.notFound])) { request, context in
            try support.answer {
                let (scheme, item) = try resolve(context, request)
                let query = ClassificationAPISupport<Repository>.query(request)
                guard let to = ClassificationAPISupport<Repository>.value(query, "to"), !to.isEmpty else {
                    throw ClassificationHistoryError.badParameter("missing to (a classification id or a day YYYY-MM-DD)")
                }
                let history = support.history
                let target: ClassificationView
                if let day = Day(to) { target = try history.version(validOn: day, like: scheme) }
                else if to.first?.isNumber == true {
                    throw ClassificationHistoryError.badDate(to)
                } else { target = try history.classification(to) }
                let language = LanguageNegotiation.choose(request: request)
                return try support.json(try history.projection(of: item, from: scheme, to: target), request, language: language)
            }
        }
        table.add(RouteDoc("GET", "/api/classifications/{id}/tree", id: "classificationTree", tag: "api",
                           summary: "The hierarchy of a classification, nested, from its top level or from one item",
                           parameters: [Self.id,
                                        .init("parent", in: .query, "Start under this item code (default: the top level)"),
                                        .integer("depth", "Levels to nest (1–10, default 2)", 1...10),
                                        ] + Paging.parameters(noun: "First-level items") + [
                                        ClassificationAPISupport<Repository>.dateParameter, Self.lang],
                           responses: [(200, "One page of the first level, each node with its children", ["application/json"]),
                                       Self.bad, Self.notFound])) { request, context in
            try support.answer {
                let history = support.history
                let scheme = try history.classification(ClassificationAPISupport<Repository>.path(context, "id"))
                let query = ClassificationAPISupport<Repository>.query(request)
                try history.check(date: ClassificationAPISupport<Repository>.value(query, "date"), for: scheme)
                let depth = try ClassificationAPISupport<Repository>.integer(query, "depth", 1...10) ?? 2
                let paging = try Paging(query, defaultLimit: 100)
                let firstLevel: [ClassificationItem]
                if let parent = ClassificationAPISupport<Repository>.value(query, "parent") {
                    firstLevel = history.children(of: try history.item(parent, in: scheme), in: scheme)
                } else {
                    firstLevel = history.roots(of: scheme)
                }
                let language = LanguageNegotiation.choose(request: request)
                let (slice, links) = ClassificationAPISupport<Repository>.page(firstLevel, paging, request, query)
                let body = PageBody(items: history.tree(Array(slice), in: scheme, depth: depth, language: language),
                                    total: firstLevel.count, limit: paging.limit, offset: paging.offset, links: links)
                return try support.json(body, request, language: language)
            }
        }
    }

    /// The classification and item of the path, checked against the request's `date=`.
    private func resolve(_ context: some RequestContext, _ request: Request) throws -> (ClassificationView, ClassificationItem) {
        let history = support.history
        let scheme = try history.classification(ClassificationAPISupport<Repository>.path(context, "id"))
        let item = try history.item(ClassificationAPISupport<Repository>.path(context, "code"), in: scheme)
        try history.check(date: ClassificationAPISupport<Repository>.value(ClassificationAPISupport<Repository>.query(request), "date"),
                          for: scheme)
        return (scheme, item)
    }

    private func addList(_ table: RouteTable<some RequestContext>, _ path: String, _ id: String, _ summary: String,
                         extra: [RouteDoc.Parameter] = [],
                         _ items: @escaping @Sendable (ClassificationHistory, ClassificationView, ClassificationItem,
                                                       [(name: String, value: String)]) throws -> [ClassificationItem]) {
        table.add(RouteDoc("GET", path, id: id, tag: "api", summary: summary,
                           parameters: [Self.id, Self.code, ClassificationAPISupport<Repository>.dateParameter] + extra + Paging.parameters() + [Self.lang],
                           responses: [(200, "One page of items", ["application/json"]), Self.bad, Self.notFound])) { request, context in
            try support.answer {
                let (scheme, item) = try resolve(context, request)
                let query = ClassificationAPISupport<Repository>.query(request)
                let paging = try Paging(query, defaultLimit: 100)
                let all = try items(support.history, scheme, item, query)
                let language = LanguageNegotiation.choose(request: request)
                let (slice, links) = ClassificationAPISupport<Repository>.page(all, paging, request, query)
                let body = PageBody(items: slice.map { ItemSummary($0, in: scheme, language: language) }, total: all.count,
                                    limit: paging.limit, offset: paging.offset, links: links)
                return try support.json(body, request, language: language)
            }
        }
    }

    private func addSteps(_ table: RouteTable<some RequestContext>, _ path: String, _ id: String, _ summary: String,
                          _ steps: @escaping @Sendable (ClassificationHistory, ClassificationView, ClassificationItem) -> [Step]) {
        table.add(RouteDoc("GET", path, id: id, tag: "api", summary: summary,
                           parameters: [Self.id, Self.code, ClassificationAPISupport<Repository>.dateParameter, Self.lang],
                           responses: [(200, "The linked items with their classification, association kind and table",
                                        ["application/json"]), Self.notFound])) { request, context in
            try support.answer {
                let (scheme, item) = try resolve(context, request)
                let language = LanguageNegotiation.choose(request: request)
                return try support.json(StepsBody(classification: scheme.id, code: item.code,
                                                  items: steps(support.history, scheme, item)), request, language: language)
            }
        }
    }
}

/// The predecessors or successors of an item.
struct StepsBody: Encodable, Sendable {
    var classification: String
    var code: String
    var items: [Step]
}

/// One item with its place: classification, validity, parent, children, and links to its neighbours.
struct ItemDetail: Encodable, Sendable {
    var classification: String
    var item: ClassificationItem
    var label: LocalizedValue?
    var ancestors: [String]
    var links: [String: String]

    init(_ item: ClassificationItem, in scheme: ClassificationView, history: ClassificationHistory, language: String?) {
        classification = scheme.id
        self.item = item
        label = item.labels.pick(language)
        ancestors = history.ancestors(of: item, in: scheme).map(\.code)
        let base = "/api/classifications/" + HTML.queryEscape(scheme.id) + "/items/" + HTML.queryEscape(item.code)
        links = ["self": base, "ancestors": base + "/ancestors", "children": base + "/children",
                 "descendants": base + "/descendants", "predecessors": base + "/predecessors",
                 "successors": base + "/successors", "classification": "/api/classifications/" + HTML.queryEscape(scheme.id)]
    }
}
