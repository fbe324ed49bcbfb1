import HTTPNegotiation

extension FuzzHarness {
    /// Offers like the server's: an RDF route's and a SPARQL route's, with aliases and parameters.
    static let offers: [ContentNegotiation.Offer] = [
        .init("text/turtle", formatNames: ["ttl", "turtle"]),
        .init("application/n-triples", aliases: ["text/plain"], formatNames: ["nt"]),
        .init("application/ld+json", aliases: ["application/json"], formatNames: ["jsonld"]),
        .init("application/vnd.sdmx.structure+xml; version=2.1", formatNames: ["sdmx-ml"]),
        .init("text/html"),
    ]

    /// An `Accept` header: parsed, then negotiated against `offers`; the first line, when there
    /// are several, is also tried as `?format=`.
    public static func accept(_ data: UnsafeRawBufferPointer) {
        let header = text(data)
        _ = MediaRange.parseAccept(header)
        _ = ContentNegotiation.negotiate(accept: header, offers: offers)
        let lines = header.split(separator: "\n", maxSplits: 1)
        if lines.count == 2 {
            _ = ContentNegotiation.negotiate(accept: String(lines[1]), format: String(lines[0]), offers: offers)
        }
    }

    /// An `Accept-Language` header; the first line, when there are several, is also tried as `?lang=`.
    public static func acceptLanguage(_ data: UnsafeRawBufferPointer) {
        let header = text(data)
        _ = LanguageNegotiation.choose(acceptLanguage: header)
        let lines = header.split(separator: "\n", maxSplits: 1)
        if lines.count == 2 {
            _ = LanguageNegotiation.choose(acceptLanguage: String(lines[1]), lang: String(lines[0]))
        }
    }

    /// A query string or `application/x-www-form-urlencoded` body.
    public static func form(_ data: UnsafeRawBufferPointer) {
        _ = FormDecoding.decode(text(data))
    }
}
