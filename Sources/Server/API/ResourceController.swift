import Catalog
import Hummingbird
import RDF

/// `/api/{plural}` and `/api/{plural}/{id}` for one kind of catalog resource: a paged, filtered
/// list and the detail, as plain JSON or as JSON-LD of the resource's description.
struct ResourceController<V: CatalogView, Repository: APIRepository> {
    typealias ExtraFilter = @Sendable (V, String) -> Bool

    let repository: Repository
    let plural: String
    let summary: String
    let cacheControl: String
    /// Filters the server adds to the view's own (`V.filterKeys`).
    var extraFilters: [String: ExtraFilter] = [:]
    /// `{id}` when ids never contain `/`, else `{id+}`.
    var idSegment = "{id+}"
    /// The validity of a resource, for kinds that have one: the detail then takes `date=`
    /// (`DetailDate`).
    var validity: (@Sendable (V) -> Validity?)?

    var filterKeys: [String] { V.filterKeys + extraFilters.keys.sorted() }

    /// The values of filters that are not free text: dates (or prefixes of one) for `from`, `to`,
    /// `asOf`; a day or `*` for `date` (what was valid that day; `*` the whole history).
    static var filterConstraints: [String: ParameterConstraint] {
        ["from": .datePrefix, "to": .datePrefix, "asOf": .datePrefix,
         "date": .pattern("^(\\*|" + ParameterConstraint.dayPattern + ")$", example: "2025-06-01")]
    }

    /// What a detail answers with.
    static var detailOffers: [ContentNegotiation.Offer] { [.json, .jsonld] }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let filters = filterKeys.map { key in
            RouteDoc.Parameter(key, in: .query, "Filter on \(key)", Self.filterConstraints[key] ?? .text)
        }
        let common: [RouteDoc.Parameter] = [.lang]
        table.add(RouteDoc("GET", "/api/\(plural)", id: "list_\(plural)", tag: "api", summary: "List \(summary)",
                           parameters: Paging.parameters() + filters + common,
                           responses: [(200, "One page: items, total, limit, offset, links", ["application/json"]),
                                       (400, "Bad parameter or unknown filter", [Problem.mediaType])],
                           jsonSchema: APISchemas.page(of: "Resource"))) { request, _ in
            try list(request)
        }
        table.add(RouteDoc("GET", "/api/\(plural)/\(idSegment)", id: "get_\(plural)", tag: "api",
                           summary: "One of the \(summary), as JSON or JSON-LD",
                           parameters: [.init("id", in: .path, "The resource id (the IRI's path after its kind)"),
                                        .choice("format", "json or jsonld (overrides Accept)",
                                                ContentNegotiation.Offer.formatValues(Self.detailOffers))]
                               + (validity == nil ? [] : [DetailDate.parameter]) + common,
                           responses: [(200, "The resource", ["application/json", "application/ld+json"])]
                               + (validity == nil ? [] : [(400, "date is not a day nor *", [Problem.mediaType])])
                               + [(404, validity == nil ? "No such resource" : "No such resource, or not valid on date (the problem names its validity)",
                                   [Problem.mediaType]),
                                       (406, "Not acceptable", [Problem.mediaType])],
                           jsonSchema: APISchemas.ref("Resource"))) { request, context in
            try detail(request, id: Self.id(from: request, prefix: "/api/\(plural)/"))
        }
    }

    /// The id after `prefix` in the request path (ids may contain slashes).
    static func id(from request: Request, prefix: String) -> String {
        let path = request.uri.path
        let raw = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : ""
        return raw.contains("%") ? (raw.removingPercentEncoding ?? raw) : raw
    }

    func list(_ request: Request) throws -> Response {
        let query = FormDecoding.decode(request.uri.query ?? "")
        let paging = try Paging(query)
        let language = LanguageNegotiation.choose(request: request)
        var viewFilters: [String: String] = [:]
        var extra: [(ExtraFilter, String)] = []
        for (k, v) in query where !["limit", "offset", "lang", "format"].contains(k) {
            if V.filterKeys.contains(k) { viewFilters[k] = v }
            else if let f = extraFilters[k] { extra.append((f, v)) }
            else { throw ServerError.badRequest("unknown filter '\(k)'; filters: \(filterKeys.joined(separator: ", "))") }
        }
        let views = repository.views()
        let items: ArraySlice<V>, total: Int
        if viewFilters.isEmpty, extra.isEmpty, let page = repository.pagedByEngine() {
            // The engine paged the list: the request's catalog holds this page (and what it links to).
            let onPage = Set(page.items)
            items = ArraySlice(views.all(V.self).filter { onPage.contains($0.iri) })
            total = page.total
        } else {
            let matching = views.all(V.self).filter { v in
                viewFilters.allSatisfy { v.matches($0.key, $0.value) } && extra.allSatisfy { $0.0(v, $0.1) }
            }
            items = matching[paging.range(in: matching.count)]
            total = matching.count
        }
        let body = PageBody(items: items.map { Localized(view: $0, label: $0.label(language)) },
                            total: total, limit: paging.limit, offset: paging.offset,
                            links: paging.links(path: request.uri.path, query: query, total: total))
        return Representation(bytes: try APIJSON.encode(body), mediaType: "application/json",
                              headers: [.vary: "Accept-Language", .contentLanguage: language])
            .response(to: request, cacheControl: cacheControl)
    }

    func detail(_ request: Request, id: String) throws -> Response {
        let offers = Self.detailOffers
        let chosen = try ContentNegotiation.choose(request: request, offers: offers)
        let jsonld = offers[chosen] == .jsonld
        let language = jsonld ? "" : LanguageNegotiation.choose(request: request)
        if let validity, let date = FormDecoding.decode(request.uri.query ?? "").first(where: { $0.name == "date" })?.value {
            let views = repository.views()
            guard let view = views.get(V.self, id: id) else { throw ServerError.notFound(path: request.uri.path) }
            try DetailDate.check(date, view: view, validity: validity(view), kind: V.kind.rawValue, views: views)
        }
        let key = "api\u{1F}" + plural + "\u{1F}" + id + "\u{1F}" + offers[chosen].mediaType + "\u{1F}" + language
        let made = try repository.representation(key) { views in
            guard let view = views.get(V.self, id: id) else { return nil }
            return jsonld ? try jsonldDetail(of: view) : try jsonDetail(of: view, language: language)
        }
        guard let made else { throw ServerError.notFound(path: request.uri.path) }
        return made.response(to: request, cacheControl: cacheControl)
    }

    func jsonldDetail(of view: V) throws -> Representation? {
        guard let quads = repository.boundedDescription(of: view.iri) else { return nil }
        let text = try RDFText.write(quads, format: .jsonld, repository: repository)
        return Representation(text: text, mediaType: "application/ld+json", headers: [.vary: "Accept"])
    }

    func jsonDetail(of view: V, language: String) throws -> Representation {
        Representation(bytes: try APIJSON.encode(Localized(view: view, label: view.label(language))),
                       mediaType: "application/json",
                       headers: [.vary: "Accept, Accept-Language", .contentLanguage: language])
    }
}
