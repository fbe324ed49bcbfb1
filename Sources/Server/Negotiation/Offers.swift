import RDFFormats
import SPARQL

extension ContentNegotiation.Offer {
    /// The offer of an RDF format: its media types, and its name and extensions for `?format=`.
    public static func rdf(_ format: RDFFormat) -> Self {
        Self(format.mediaType, aliases: format.alternateMediaTypes,
             formatNames: [format.rawValue] + format.fileExtensions)
    }

    /// The offer of a SPARQL results format.
    public static func results(_ format: SPARQLResultsFormat) -> Self {
        Self(format.mediaType, aliases: format.alternateMediaTypes, formatNames: [format.rawValue] + format.fileExtensions)
    }

    /// Every value `?format=` takes for `offers`: their format names and media types (the values
    /// `ContentNegotiation.negotiate` matches exactly, once lowercased).
    public static func formatValues(_ offers: [Self]) -> [String] {
        var values: [String] = []
        for offer in offers {
            for v in offer.formatNames + [offer.mediaType] + offer.aliases where !values.contains(v) { values.append(v) }
        }
        return values
    }

    public static let html = Self("text/html", aliases: ["application/xhtml+xml"], formatNames: ["html", "htm"])
    public static let json = Self("application/json", formatNames: ["json"])
    public static let jsonld = Self("application/ld+json", formatNames: ["jsonld", "json-ld"])
    public static let jsonLines = Self("application/x-ndjson", aliases: ["application/jsonl", "application/jsonlines"],
                                       formatNames: ["jsonl", "ndjson"])
}
