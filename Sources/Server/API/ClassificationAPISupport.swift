import Catalog
import Hummingbird

/// What the classification navigation and correspondence routes share: the history of the catalog
/// in service, strict parameter parsing, problem mapping and JSON responses.
struct ClassificationAPISupport<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    var history: ClassificationHistory { ClassificationHistory.of(repository.views()) }

    /// Runs `body`, turning a history error into a problem document (400 for bad input, 404 for
    /// something that does not exist, each naming what exists).
    func answer(_ body: () throws -> Response) throws -> Response {
        do { return try body() } catch let error as ClassificationHistoryError {
            throw error.isBadRequest ? ServerError.badRequest(error.description) : ServerError.noResults(error.description)
        }
    }

    /// Checks the request's `date=` against the version (`*` or absent: the whole history): a bad
    /// day is a 400, a version not valid that day a 404 naming the version valid then.
    static func checkDate(_ query: [(name: String, value: String)], _ scheme: ClassificationView,
                          _ views: CatalogViews) throws {
        do { try ClassificationHistory.of(views).check(date: value(query, "date"), for: scheme) } catch let error as ClassificationHistoryError {
            throw error.isBadRequest ? ServerError.badRequest(error.description) : ServerError.noResults(error.description)
        }
    }

    /// The documentation of the `date` parameter.
    static var dateParameter: RouteDoc.Parameter {
        .init("date", in: .query, "A day YYYY-MM-DD: answer only if the version was valid then (404 naming the version valid that day); * for the whole history",
              .pattern("^(\\*|" + ParameterConstraint.dayPattern + ")$", example: "2025-06-01"))
    }

    static func query(_ request: Request) -> [(name: String, value: String)] {
        FormDecoding.decode(request.uri.query ?? "")
    }

    static func value(_ query: [(name: String, value: String)], _ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// An integer query parameter within `range`, or nil when absent; anything else is a 400.
    static func integer(_ query: [(name: String, value: String)], _ name: String, _ range: ClosedRange<Int>) throws -> Int? {
        guard let text = value(query, name) else { return nil }
        guard let n = ParameterConstraint.parseInteger(text), range.contains(n) else {
            throw ClassificationHistoryError.badParameter(
                "\(name) must be an integer from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return n
    }

    /// The path parameter `name`, percent-decoded.
    static func path(_ context: some RequestContext, _ name: String) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.contains("%") ? (raw.removingPercentEncoding ?? raw) : raw
    }

    func json(_ value: some Encodable, _ request: Request, language: String?) throws -> Response {
        var headers: HTTPFields = [.vary: "Accept, Accept-Language"]
        if let language { headers[.contentLanguage] = language }
        return Representation(bytes: try APIJSON.encode(value), mediaType: "application/json", headers: headers)
            .response(to: request, cacheControl: cacheControl)
    }

    /// JSON or JSON-LD as the request asks (`Accept`, `format=`); JSON-LD is the resource's bounded
    /// description from the store.
    func detail(_ request: Request, iri: String, json make: (String) throws -> Response) throws -> Response {
        let offers: [ContentNegotiation.Offer] = [.json, .jsonld]
        let chosen = try ContentNegotiation.choose(request: request, offers: offers)
        guard offers[chosen] == .jsonld else { return try make(LanguageNegotiation.choose(request: request)) }
        guard let quads = repository.boundedDescription(of: iri) else { throw ServerError.notFound(path: request.uri.path) }
        let text = try RDFText.write(quads, format: .jsonld, repository: repository)
        return Representation(text: text, mediaType: "application/ld+json", headers: [.vary: "Accept"])
            .response(to: request, cacheControl: cacheControl)
    }

    /// JSON (`make`, given the negotiated language) or the JSON-LD of `graph`, as the request asks
    /// (`Accept`, `format=`): the navigation and correspondence answers.
    func negotiated(_ request: Request, json make: (String) throws -> Response,
                    graph: () throws -> NavigationGraph) throws -> Response {
        let offers: [ContentNegotiation.Offer] = [.json, .jsonld]
        let chosen = try ContentNegotiation.choose(request: request, offers: offers)
        guard offers[chosen] == .jsonld else { return try make(LanguageNegotiation.choose(request: request)) }
        let text = try RDFText.write(try graph().quads, format: .jsonld, repository: repository)
        return Representation(text: text, mediaType: "application/ld+json", headers: [.vary: "Accept"])
            .response(to: request, cacheControl: cacheControl)
    }

    /// `format=json|jsonld`, declared on every route that answers both.
    static var formatParameter: RouteDoc.Parameter {
        .choice("format", "json or jsonld (overrides Accept)", ContentNegotiation.Offer.formatValues([.json, .jsonld]))
    }

    static var notAcceptable: (status: Int, description: String, mediaTypes: [String]) {
        (406, "Not acceptable (JSON and JSON-LD are offered)", [Problem.mediaType])
    }

    static var bothTypes: [String] { ["application/json", "application/ld+json"] }

    /// One page of `items` (limit/offset as every list), with its links.
    static func page<T>(_ items: [T], _ paging: Paging, _ request: Request,
                        _ query: [(name: String, value: String)]) -> (slice: ArraySlice<T>, links: PageLinks) {
        let start = min(paging.offset, items.count), end = min(items.count, start + paging.limit)
        // links from an offset within the list: `offset + limit` cannot overflow for any offset asked
        var bounded = paging
        bounded.offset = start
        return (items[start..<end], bounded.links(path: request.uri.path, query: query, total: items.count))
    }
}

/// One item in the navigation answers: its code, labels, level and validity, and the version it is in.
struct ItemSummary: Encodable, Sendable {
    var classification: String
    var code: String
    var notation: String?
    var iri: String
    var depth: Int?
    var labels: LocalizedText
    var label: LocalizedValue?
    var validity: Validity?

    init(_ item: ClassificationItem, in scheme: ClassificationView, language: String?) {
        classification = scheme.id
        code = item.code
        notation = item.notation
        iri = item.iri
        depth = item.depth
        labels = item.labels
        label = item.labels.pick(language)
        validity = item.validity
    }
}
