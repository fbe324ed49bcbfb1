import Catalog
import RDF
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
        addList(table, base + "/ancestors", "classificationItemAncestors", "The broader items of an item, top level first",
                relation: SKOS.broaderTransitive) { h, scheme, item, _ in
            h.ancestors(of: item, in: scheme)
        }
        addList(table, base + "/children", "classificationItemChildren", "The narrower items of an item",
                relation: SKOS.narrower) { h, scheme, item, _ in
            h.children(of: item, in: scheme)
        }
        addList(table, base + "/descendants", "classificationItemDescendants",
                "Every item under an item down to depth levels, depth-first", relation: SKOS.narrowerTransitive,
                extra: [.integer("depth", "Levels below the item (1–10; default all)", 1...10)]) { h, scheme, item, query in
            let depth = try ClassificationAPISupport<Repository>.integer(query, "depth", 1...10)
            return h.descendants(of: item, in: scheme, depth: depth)
        }
        addSteps(table, base + "/predecessors", "classificationItemPredecessors",
                 "The items of earlier versions linked to an item by a correspondence table", successors: false) { h, scheme, item in
            h.predecessors(of: item, in: scheme)
        }
        addSteps(table, base + "/successors", "classificationItemSuccessors",
                 "The items of later versions linked to an item by a correspondence table", successors: true) { h, scheme, item in
            h.successors(of: item, in: scheme)
        }
        table.add(RouteDoc("GET", base + "/projection", id: "classificationItemProjection", tag: "api",
                           summary: "What an item becomes in another version: target codes, kind of each association, table used",
                           parameters: [Self.id, Self.code,
                                        .init("to", in: .query, "Target classification id, or a day YYYY-MM-DD (the version of the same series valid then)",
                                              required: true, .nonEmptyText), ClassificationAPISupport<Repository>.dateParameter,
                                        ClassificationAPISupport<Repository>.formatParameter, Self.lang],
                           responses: [(200, "The projection", ClassificationAPISupport<Repository>.bothTypes), Self.bad, Self.notFound,
                                       ClassificationAPISupport<Repository>.notAcceptable])) { request, context in
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
                let projection = try history.projection(of: item, from: scheme, to: target)
                return try support.negotiated(request, json: { language in
                    try support.json(projection, request, language: language)
                }, graph: {
                    var g = NavigationGraph()
                    g.item(item, in: scheme)
                    if let table = projection.correspondence.flatMap(history.correspondence) {
                        g.associations(holding: item.code, onSource: projection.direction == "source-to-target", of: [table])
                    }
                    g.linked(projection.targets, views: support.repository.views())
                    return g
                })
            }
        }
        table.add(RouteDoc("GET", "/api/classifications/{id}/tree", id: "classificationTree", tag: "api",
                           summary: "The hierarchy of a classification, nested, from its top level or from one item",
                           parameters: [Self.id,
                                        .init("parent", in: .query, "Start under this item code (default: the top level)"),
                                        .integer("depth", "Levels to nest (1–10, default 2)", 1...10),
                                        ] + Paging.parameters(noun: "First-level items") + [
                                        ClassificationAPISupport<Repository>.dateParameter, ClassificationAPISupport<Repository>.formatParameter, Self.lang],
                           responses: [(200, "One page of the first level, each node with its children", ClassificationAPISupport<Repository>.bothTypes),
                                       Self.bad, Self.notFound, ClassificationAPISupport<Repository>.notAcceptable])) { request, context in
            try support.answer {
                let history = support.history
                let scheme = try history.classification(ClassificationAPISupport<Repository>.path(context, "id"))
                let query = ClassificationAPISupport<Repository>.query(request)
                try history.check(date: ClassificationAPISupport<Repository>.value(query, "date"), for: scheme)
                let depth = try ClassificationAPISupport<Repository>.integer(query, "depth", 1...10) ?? 2
                let paging = try Paging(query, defaultLimit: 100)
                let firstLevel: [ClassificationItem]
                var parentItem: ClassificationItem?
                if let parent = ClassificationAPISupport<Repository>.value(query, "parent") {
                    let p = try history.item(parent, in: scheme)
                    parentItem = p
                    firstLevel = history.children(of: p, in: scheme)
                } else {
                    firstLevel = history.roots(of: scheme)
                }
                let (slice, links) = ClassificationAPISupport<Repository>.page(firstLevel, paging, request, query)
                return try support.negotiated(request, json: { language in
                    let body = PageBody(items: history.tree(Array(slice), in: scheme, depth: depth, language: language),
                                        total: firstLevel.count, limit: paging.limit, offset: paging.offset, links: links)
                    return try support.json(body, request, language: language)
                }, graph: {
                    // the page's first level (under the parent, or the scheme's top concepts) and depth - 1 levels below
                    var g = NavigationGraph()
                    for top in slice {
                        if let p = parentItem { g.add(p.iri, SKOS.narrower, .iri(top.iri)) } else {
                            g.add(scheme.iri, SKOS.hasTopConcept, .iri(top.iri))
                        }
                    }
                    var level = Array(slice), remaining = depth
                    while !level.isEmpty && remaining > 0 {
                        var next: [ClassificationItem] = []
                        for i in level {
                            g.item(i, in: scheme)
                            guard remaining > 1 else { continue }
                            let kids = history.children(of: i, in: scheme)
                            for k in kids { g.add(i.iri, SKOS.narrower, .iri(k.iri)) }
                            next += kids
                        }
                        level = next
                        remaining -= 1
                    }
                    return g
                })
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
                         relation: String, extra: [RouteDoc.Parameter] = [],
                         _ items: @escaping @Sendable (ClassificationHistory, ClassificationView, ClassificationItem,
                                                       [(name: String, value: String)]) throws -> [ClassificationItem]) {
        table.add(RouteDoc("GET", path, id: id, tag: "api", summary: summary,
                           parameters: [Self.id, Self.code, ClassificationAPISupport<Repository>.dateParameter] + extra + Paging.parameters()
                               + [ClassificationAPISupport<Repository>.formatParameter, Self.lang],
                           responses: [(200, "One page of items", ClassificationAPISupport<Repository>.bothTypes), Self.bad, Self.notFound,
                                       ClassificationAPISupport<Repository>.notAcceptable])) { request, context in
            try support.answer {
                let (scheme, item) = try resolve(context, request)
                let query = ClassificationAPISupport<Repository>.query(request)
                let paging = try Paging(query, defaultLimit: 100)
                let all = try items(support.history, scheme, item, query)
                let (slice, links) = ClassificationAPISupport<Repository>.page(all, paging, request, query)
                return try support.negotiated(request, json: { language in
                    let body = PageBody(items: slice.map { ItemSummary($0, in: scheme, language: language) }, total: all.count,
                                        limit: paging.limit, offset: paging.offset, links: links)
                    return try support.json(body, request, language: language)
                }, graph: {
                    var g = NavigationGraph()
                    g.item(item, in: scheme)
                    g.related(item, relation, slice, in: scheme)
                    return g
                })
            }
        }
    }

    private func addSteps(_ table: RouteTable<some RequestContext>, _ path: String, _ id: String, _ summary: String,
                          successors: Bool, _ steps: @escaping @Sendable (ClassificationHistory, ClassificationView, ClassificationItem) -> [Step]) {
        table.add(RouteDoc("GET", path, id: id, tag: "api", summary: summary,
                           parameters: [Self.id, Self.code, ClassificationAPISupport<Repository>.dateParameter, ClassificationAPISupport<Repository>.formatParameter, Self.lang],
                           responses: [(200, "The linked items with their classification, association kind and table",
                                        ClassificationAPISupport<Repository>.bothTypes), Self.notFound, ClassificationAPISupport<Repository>.notAcceptable])) { request, context in
            try support.answer {
                let (scheme, item) = try resolve(context, request)
                let history = support.history
                let found = steps(history, scheme, item)
                return try support.negotiated(request, json: { language in
                    try support.json(StepsBody(classification: scheme.id, code: item.code, items: found), request, language: language)
                }, graph: {
                    // the associations of the tables from (successors) or to (predecessors) this version that hold the item
                    var g = NavigationGraph()
                    g.item(item, in: scheme)
                    let tables = history.correspondences.filter { (successors ? $0.sourceID : $0.targetID) == scheme.id }
                    g.associations(holding: item.code, onSource: successors, of: tables)
                    g.linked(found, views: support.repository.views())
                    return g
                })
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
