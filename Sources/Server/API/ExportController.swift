import Catalog
import Hummingbird
import RDF
import RDFFormats

/// `GET /api/export/{plural}`: every resource of a kind at once, as JSON lines (one view per
/// line) or as the union of their descriptions in an RDF format.
struct ExportController<V: CatalogView, Repository: APIRepository> {
    let repository: Repository
    let plural: String
    let cacheControl: String

    static var offers: [ContentNegotiation.Offer] {
        [.jsonLines, .rdf(.turtle), .rdf(.ntriples), .rdf(.rdfxml), .rdf(.jsonld)]
    }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/api/export/\(plural)", id: "export_\(plural)", tag: "export",
                           summary: "Bulk download of all \(plural): JSON lines or RDF",
                           parameters: [.choice("format", "jsonl (default), ttl, nt, rdf, jsonld (overrides Accept)",
                                                ContentNegotiation.Offer.formatValues(Self.offers)),
                                        .choice("lang", "Label language of JSON lines", LanguageNegotiation.supported)],
                           responses: [(200, "Every resource of the kind", Self.offers.map(\.mediaType)),
                                       (406, "Not acceptable", [Problem.mediaType])])) { request, _ in
            let offers = Self.offers
            let chosen = try ContentNegotiation.choose(request: request, offers: offers)
            let views = repository.views().all(V.self)
            if chosen == 0 {
                let language = LanguageNegotiation.choose(request: request)
                var bytes: [UInt8] = []
                for v in views {
                    bytes += try APIJSON.encode(Localized(view: v, label: v.label(language)))
                    bytes.append(UInt8(ascii: "\n"))
                }
                return Representation(bytes: bytes, mediaType: offers[0].mediaType, headers: [.vary: "Accept"])
                    .response(to: request, cacheControl: cacheControl)
            }
            let format = RDFFormat(mediaType: offers[chosen].mediaType) ?? .turtle
            var quads: [Quad] = [], seen = Set<Quad>()
            for v in views {
                for q in repository.boundedDescription(of: v.iri) ?? [] where seen.insert(q).inserted { quads.append(q) }
            }
            let text = try RDFText.write(quads, format: format, repository: repository)
            return Representation(text: text, mediaType: format.mediaType, headers: [.vary: "Accept"])
                .response(to: request, cacheControl: cacheControl)
        }
    }
}
