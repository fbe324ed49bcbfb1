import RDF
import RDFFormats

/// An RDF export built whole, as every export was before they streamed: the descriptions of all
/// the resources concatenated, each quad kept once, serialized at once. It serves the formats whose
/// document structure needs every quad first (JSON-LD's compacted graph, RDF/XML's namespace
/// declarations), Turtle with blank nodes, and the tests that check the streamed exports against it.
enum ExportWholeBody {
    /// Every description's quads, each once, in order.
    static func quads(_ descriptions: ExportDescriptions) -> [Quad] {
        var quads: [Quad] = [], seen = Set<Quad>()
        for iri in descriptions.iris {
            for q in descriptions.describe(iri) ?? [] where seen.insert(q).inserted { quads.append(q) }
        }
        return quads
    }

    /// The export in `format`.
    static func text(_ descriptions: ExportDescriptions, format: RDFFormat,
                     repository: some LinkedDataRepository) throws -> String {
        try RDFText.write(quads(descriptions), format: format, repository: repository)
    }
}
