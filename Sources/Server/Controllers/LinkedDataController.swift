import Foundation
import Hummingbird
import RDF
import RDFFormats

/// `GET|HEAD /id/{path}` and `/{path}`: every catalog IRI under the base, whatever its path, answers
/// with its bounded description, by content negotiation, at the same URL (no 303), with `Vary: Accept`.
/// Paths under the server's own route prefixes are reserved (`RouteTable.reservedSegments`); an IRI
/// the catalog says nothing about as a subject answers 404.
/// With a public base (`--public-base`), a request path is read relative to its path.
struct LinkedDataController<Repository: LinkedDataRepository> {
    let repository: Repository
    let cacheControl: String

    /// Incoming links read per property for an HTML page (the page shows them 25 at a time).
    static var maxIncoming: Int { 10_000 }

    static var offers: [ContentNegotiation.Offer] {
        [.rdf(.turtle), .rdf(.jsonld), .rdf(.ntriples), .rdf(.rdfxml), .html]
    }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let types = Self.offers.map(\.mediaType)
        table.add(RouteDoc("GET", "/id/{path+}", id: "dereference", tag: "linked data",
                           summary: "The bounded description of a catalog resource, by content negotiation",
                           parameters: [
                               .init("path", in: .path, "The resource's path under {base}id/ (may contain slashes)"),
                               .choice("format", "Overrides Accept: ttl, jsonld, nt, rdf, html",
                                       ContentNegotiation.Offer.formatValues(Self.offers)),
                               .choice("lang", "Label language of HTML pages", LanguageNegotiation.supported),
                               .integer("inPage", "HTML pages: the page of incoming links (\(ResourcePage.incomingPageSize) a page)",
                                        1...Self.maxIncoming),
                           ],
                           responses: [(200, "The resource's description", types),
                                       (404, "No such resource", [Problem.mediaType]),
                                       (406, "None of the offered types is acceptable", [Problem.mediaType])])) { request, _ in
            try respond(to: request)
        }
        // Every other IRI under the base (an office's own `{base}codes/…`, `{base}concepts/…`):
        // any path outside the reserved prefixes of the server's own routes.
        var catchAll = RouteDoc("GET", "/{path+}", id: "dereferenceAny", tag: "linked data",
                                summary: "The bounded description of any resource under the base, by content negotiation "
                                    + "(paths under the server's own route prefixes excepted)",
                                parameters: [
                                    .init("path", in: .path, "The resource's path under {base} (may contain slashes)"),
                                    .choice("format", "Overrides Accept: ttl, jsonld, nt, rdf, html",
                                            ContentNegotiation.Offer.formatValues(Self.offers)),
                                    .choice("lang", "Label language of HTML pages", LanguageNegotiation.supported),
                                ],
                                responses: [(200, "The resource's description", types),
                                            (404, "Nothing is said about this IRI, or the path is reserved", [Problem.mediaType]),
                                            (406, "None of the offered types is acceptable", [Problem.mediaType])])
        catchAll.isFallback = true
        table.add(catchAll) { request, _ in
            guard !table.isReserved(request.uri.path) else { throw ServerError.notFound(path: request.uri.path) }
            return try respond(to: request)
        }
    }

    func respond(to request: Request) throws -> Response {
        let raw = request.uri.path
        let path = raw.contains("%") ? (raw.removingPercentEncoding ?? raw) : raw
        let iri = repository.baseIRI + path.dropFirst()
        let offers = Self.offers
        let chosen = try ContentNegotiation.choose(request: request, offers: offers)
        guard let quads = repository.boundedDescription(of: iri) else { throw ServerError.notFound(path: raw) }
        var headers: HTTPFields = [.vary: "Accept, Accept-Language"]
        headers[.init("Link")!] = "<\(iri)>; rel=\"canonical\""
        let rep: Representation
        if offers[chosen] == .html {
            let language = LanguageNegotiation.choose(request: request)
            guard let (description, prefixes) = repository.readableDescription(of: iri, language: language,
                                                                               maxIncoming: Self.maxIncoming) else {
                throw ServerError.notFound(path: raw)
            }
            headers[.contentLanguage] = language
            headers[HTMLAnswer.cspField] = HTMLAnswer.contentSecurityPolicy
            let inPage = HTMLAnswer.value(request, "inPage").flatMap(ParameterConstraint.parseInteger) ?? 1
            var page = ResourcePage(description: description, prefixes: prefixes, language: language,
                                    base: repository.baseIRI, path: raw)
            page.inPage = inPage
            rep = Representation(text: page.html, mediaType: "text/html; charset=utf-8", headers: headers)
        } else {
            let format = RDFFormat(mediaType: offers[chosen].mediaType) ?? .turtle
            let text = try RDFText.write(quads, format: format, repository: repository)
            rep = Representation(text: text, mediaType: format.mediaType, headers: headers)
        }
        return rep.response(to: request, cacheControl: cacheControl)
    }
}

/// Writes quads in an RDF format with the catalog's prefixes; JSON-LD is compacted with the
/// published context when there is one.
enum RDFText {
    static func write(_ quads: [Quad], format: RDFFormat, repository: some LinkedDataRepository) throws -> String {
        if format == .jsonld, let context = repository.jsonldContext {
            let doc = try context.compact(quads, contextURL: contextURL(base: repository.baseIRI))
            return JSONWriter.write(doc, options: .init(pretty: true, sortKeys: true)) + "\n"
        }
        var out = ""
        try RDFSerializing.write(quads, format: format, prefixes: repository.prefixes, to: &out)
        return out
    }
}
