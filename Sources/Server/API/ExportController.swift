import Catalog
import Hummingbird
import NIOCore
import RDF
import RDFFormats

/// `GET /api/export/{plural}`: every resource of a kind at once, as JSON lines (one view per
/// line) or as the union of their descriptions in an RDF format.
///
/// Every format streams: the body is written in chunks as the resources are
/// serialized (`ExportChunks`), so an export holds a chunk, not its whole body, whatever the
/// catalog's size; the bytes are those the whole-body export wrote (`ExportDescriptions`,
/// `ExportTurtle`, `ExportJSONLD`, `ExportRDFXML`). A streamed answer has no `Content-Length` and no `ETag` (a validator of the
/// bytes needs them all before the first is sent; the catalog's generation restarts with every
/// process and differs between replicas, so it cannot name them), and it reads the catalog that was
/// in service when the request came, even if a reload swaps another in meanwhile. HEAD answers the
/// headers with the length a GET's body would have (counted as it is produced, not kept). An RDF export holding blank nodes (written inline or nested
/// depending on every reference to them) is serialized whole, then sent in the same way.
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
            if chosen == 0 {
                let language = LanguageNegotiation.choose(request: request)
                return try await streamed(offers[0].mediaType, request: request) { chunks, writer in
                    for v in repository.views().all(V.self) {
                        chunks.write(bytes: try APIJSON.encode(Localized(view: v, label: v.label(language))))
                        chunks.write("\n")
                        try await chunks.sendIfFull(to: &writer)
                    }
                }
            }
            let format = RDFFormat(mediaType: offers[chosen].mediaType) ?? .turtle
            switch format {
            case .ntriples:
                return try await streamed(format.mediaType, request: request) { chunks, writer in
                    let serializer = NTriplesSerializer()
                    try await descriptions().forEachNew { quads in
                        try serializer.write(quads, to: &chunks)
                        try await chunks.sendIfFull(to: &writer)
                    }
                }
            case .turtle:
                return try await streamed(format.mediaType, request: request) { chunks, writer in
                    let descriptions = descriptions()
                    let turtle = ExportTurtle(descriptions: descriptions, prefixes: repository.prefixes)
                    guard let plan = try turtle.plan() else {
                        chunks.write(try ExportWholeBody.text(descriptions, format: .turtle, repository: repository))
                        return
                    }
                    chunks.write(plan.header)
                    for start in stride(from: 0, to: plan.subjects.count, by: ExportTurtle.batch) {
                        if start > 0 { chunks.write("\n") }
                        let end = min(plan.subjects.count, start + ExportTurtle.batch)
                        chunks.write(try turtle.blocks(of: plan.subjects[start..<end]))
                        try await chunks.sendIfFull(to: &writer)
                    }
                }
            case .jsonld:
                return try await streamed(format.mediaType, request: request) { chunks, writer in
                    let descriptions = descriptions()
                    let jsonld = ExportJSONLD(descriptions: descriptions, repository: repository)
                    guard let plan = try jsonld.plan() else {
                        chunks.write(try ExportWholeBody.text(descriptions, format: .jsonld, repository: repository))
                        return
                    }
                    chunks.write(plan.opening)
                    for start in stride(from: 0, to: plan.subjects.count, by: ExportJSONLD.batch) {
                        if start > 0 { chunks.write(",") }
                        let end = min(plan.subjects.count, start + ExportJSONLD.batch)
                        chunks.write(try jsonld.nodes(of: plan.subjects[start..<end], plan))
                        try await chunks.sendIfFull(to: &writer)
                    }
                    chunks.write(plan.closing)
                }
            case .rdfxml:
                return try await streamed(format.mediaType, request: request) { chunks, writer in
                    let descriptions = descriptions()
                    let rdfxml = ExportRDFXML(descriptions: descriptions, prefixes: repository.prefixes)
                    guard let plan = try await rdfxml.plan() else {
                        chunks.write(try ExportWholeBody.text(descriptions, format: .rdfxml, repository: repository))
                        return
                    }
                    chunks.write(plan.opening)
                    // Each subject where it is first met, in the order of the descriptions.
                    var written = Set<Term>(), batch: [Quad] = [], subjects = 0
                    for index in descriptions.iris.indices {
                        guard let quads = descriptions.description(at: index) else { continue }
                        for q in quads where written.insert(q.subject).inserted {
                            batch += rdfxml.quads(of: q.subject, first: quads)
                            subjects += 1
                        }
                        if subjects >= ExportRDFXML.batch {
                            chunks.write(try rdfxml.descriptions(of: batch, plan))
                            batch.removeAll(keepingCapacity: true)
                            subjects = 0
                            try await chunks.sendIfFull(to: &writer)
                        }
                    }
                    if !batch.isEmpty { chunks.write(try rdfxml.descriptions(of: batch, plan)) }
                    chunks.write(plan.closing)
                }
            default:
                let text = try ExportWholeBody.text(descriptions(), format: format, repository: repository)
                return Representation(text: text, mediaType: format.mediaType, headers: [.vary: "Accept"])
                    .response(to: request, cacheControl: cacheControl)
            }
        }
    }

    /// The descriptions of every resource of the kind, read from the catalog in service.
    private func descriptions() -> ExportDescriptions {
        let repository = repository
        return ExportDescriptions(iris: repository.views().all(V.self).map(\.iri)) { repository.boundedDescription(of: $0) }
    }

    /// A 200 answer whose body `write` produces in chunks, reading the catalog in service now.
    /// To HEAD, the headers with the `Content-Length` a GET would have: the body is produced and
    /// counted, not kept.
    private func streamed(_ mediaType: String, request: Request,
                          _ write: @escaping @Sendable (inout ExportChunks, inout any ResponseBodyWriter) async throws -> Void)
        async throws -> Response {
        var headers: HTTPFields = [.contentType: mediaType, .vary: "Accept", .cacheControl: cacheControl]
        let catalog = repository.catalogInService
        let produce: @Sendable (inout any ResponseBodyWriter) async throws -> Void = { writer in
            try await CatalogState.$requestCatalog.withValue(catalog) {
                var chunks = ExportChunks()
                try await write(&chunks, &writer)
                try await chunks.send(to: &writer)
            }
        }
        if request.method == .head {
            var counter: any ResponseBodyWriter = ByteCounter()
            try await produce(&counter)
            headers[.contentLength] = String((counter as? ByteCounter)?.count ?? 0)
            return Response(status: .ok, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await produce(&writer)
            try await writer.finish(nil)
        })
    }
}

/// A body writer that counts the bytes it is given and drops them.
private struct ByteCounter: ResponseBodyWriter {
    var count = 0
    mutating func write(_ buffer: ByteBuffer) async throws { count += buffer.readableBytes }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

extension APIRepository {
    /// The catalog a request reads, to go on reading it while a streamed body is written after the
    /// handler returned (outside the request's own scope when serving from an engine; across a reload).
    var catalogInService: ServedCatalog? { (self as? StoreRepository)?.state.served }
}
