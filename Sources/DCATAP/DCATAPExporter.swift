import Catalog
import RDF
import RDFFormats

/// The DCAT-AP 3.0.1 description of a loaded catalog, as triples or in an RDF format.
///
/// Resource IRIs are the catalog's (`{base}id/…`); access and download URLs are the server's
/// routes under the same base: `{base}api/…` (JSON), `{resource}?format=…` (linked data),
/// `{base}sdmx/…` (SDMX REST), `{base}sparql`.
public enum DCATAPExporter {
    /// The prefixes used when writing Turtle and RDF/XML.
    public static let prefixes: [(prefix: String, namespace: String)] = [
        ("dcat", DCAT.namespace), ("dct", DCTERMS.namespace), ("foaf", FOAF.namespace), ("skos", SKOS.namespace),
        ("prov", PROV.namespace), ("rdfs", RDFS.namespace), ("xsd", XSD.namespace),
        ("filetype", EUAuthority.namespace + "file-type/"), ("lang", EUAuthority.namespace + "language/"),
        ("iana", IANAMediaType.namespace),
    ]

    /// The description's triples (default graph), in a stable order.
    public static func quads(from dataset: CatalogDataset, views: CatalogViews? = nil,
                             options: DCATAPOptions = DCATAPOptions()) throws(DCATAPError) -> [Quad] {
        try options.validate(base: dataset.base)
        var builder = DCATAPBuilder(dataset: dataset, views: views ?? CatalogViews(dataset), options: options)
        return builder.build()
    }

    /// The description written as `format`, with the catalog's prefixes for the `{base}id/` IRIs.
    public static func write(_ quads: [Quad], format: RDFFormat, base: String, to out: inout some TextOutputStream) throws {
        let all = prefixes + [("id", base + "id/")]
        try RDFSerializing.write(quads, format: format, prefixes: all, to: &out)
    }
}
