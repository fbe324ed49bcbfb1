import RDF
import RDFFormats

/// SDMX-ML → catalog Turtle, in one call (used by `lodestat import sdmx`).
public enum SDMXImport {
    /// Prefixes used in the Turtle output.
    public static func prefixes(base: String) -> [(prefix: String, namespace: String)] {
        [("rdf", RDFVocabulary.namespace), ("rdfs", RDFS.namespace), ("xsd", XSD.namespace), ("owl", OWL.namespace),
         ("skos", SKOS.namespace), ("dct", DCTERMS.namespace), ("dcat", DCAT.namespace),
         ("qb", QB.namespace), ("sdmx", SDMXRDFTerms.namespace), ("sdmx-dimension", SDMXRDFTerms.dimensionNamespace),
         ("lds", LDS.namespace), ("id", base)]
    }

    /// Reads an SDMX-ML structure message and returns it with its catalog Turtle.
    public static func turtle(from source: ByteSource, base: String = "http://localhost:8080/id/") throws
        -> (result: SDMXReadResult, turtle: String) {
        let result = try SDMXMLReader().read(source)
        return (result, try turtle(result.message, base: base))
    }

    /// The catalog Turtle of a message.
    public static func turtle(_ message: StructureMessage, base: String = "http://localhost:8080/id/") throws -> String {
        let quads = SDMXToRDF(base: base).triples(message).map { Quad($0.subject, $0.predicate, $0.object) }
        var out = "# Imported from an SDMX-ML structure message by lodestat import sdmx.\n"
        try TurtleSerializer(prefixes: prefixes(base: base)).write(quads, to: &out)
        return out
    }
}
