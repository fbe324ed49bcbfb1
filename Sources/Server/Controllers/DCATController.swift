import DCATAP
import Hummingbird
import RDF
import RDFFormats
import Synchronization

/// `GET|HEAD /dcat`: the DCAT-AP 3.0.1 description of the catalog (catalog, datasets,
/// distributions, data services) by content negotiation, the same document as
/// `lodestat export dcat`. Built once per catalog generation.
struct DCATController<Repository: DCATRepository> {
    let repository: Repository
    let cacheControl: String
    private let cache = Cache()

    /// The last description built, with the generation it was built from.
    final class Cache: Sendable {
        let entry = Mutex<(generation: Int, quads: [Quad])?>(nil)
    }

    init(repository: Repository, cacheControl: String) {
        self.repository = repository
        self.cacheControl = cacheControl
    }

    static var offers: [ContentNegotiation.Offer] { [.rdf(.turtle), .rdf(.jsonld), .rdf(.ntriples), .rdf(.rdfxml)] }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/dcat", id: "getDCAT", tag: "linked data",
                           summary: "DCAT-AP 3.0.1 description of the catalog, by content negotiation",
                           parameters: [.choice("format", "Overrides Accept: ttl, jsonld, nt, rdf",
                                                ContentNegotiation.Offer.formatValues(Self.offers))],
                           responses: [(200, "The catalog, its datasets, distributions and data services",
                                        Self.offers.map(\.mediaType)),
                                       (406, "None of the offered types is acceptable", [Problem.mediaType])])) { request, _ in
            try respond(to: request)
        }
    }

    func respond(to request: Request) throws -> Response {
        let offers = Self.offers
        let chosen = try ContentNegotiation.choose(request: request, offers: offers)
        let format = RDFFormat(mediaType: offers[chosen].mediaType) ?? .turtle
        var text = ""
        try DCATAPExporter.write(try quads(), format: format, base: repository.baseIRI, to: &text)
        return Representation(text: text, mediaType: format.mediaType, headers: [.vary: "Accept"])
            .response(to: request, cacheControl: cacheControl)
    }

    private func quads() throws -> [Quad] {
        let generation = repository.generation
        if let cached = cache.entry.withLock({ $0 }), cached.generation == generation { return cached.quads }
        let quads = try repository.dcatDescription()
        cache.entry.withLock { $0 = (generation, quads) }
        return quads
    }
}
