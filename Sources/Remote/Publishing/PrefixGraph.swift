import Catalog
import RDF

/// The catalog's prefix declarations as RDF (SHACL `sh:declare`), published beside the catalog so
/// a server reading the engine writes the same CURIEs as one reading the files.
public enum PrefixGraph {
    /// The named graph holding the declarations.
    public static let graphIRI = CatalogFile.graphPrefix + "lodestat/prefixes"
    /// The node the declarations hang from.
    static let subject = Term.iri(graphIRI)

    /// The declarations as triples, one blank node per prefix, in declaration order.
    public static func quads(_ prefixes: [PrefixDeclaration]) -> [Quad] {
        var out: [Quad] = []
        for (i, p) in prefixes.enumerated() {
            let node = Term.blankNode("p\(i)")
            out.append(Quad(subject, .iri(SH.declare), node))
            out.append(Quad(node, .iri(SH.prefixName), .string(p.prefix)))
            out.append(Quad(node, .iri(SH.namespaceIRI), .typed(p.namespace, XSD.anyURI)))
            out.append(Quad(node, .iri(SH.order), .typed(String(i), XSD.integer)))
        }
        return out
    }

    /// The SELECT that reads them back, in declaration order.
    public static func selectQuery() throws(RemoteError) -> String {
        let graph = try SPARQLTerms.iri(graphIRI)
        return """
        SELECT ?prefix ?namespace ?order WHERE { GRAPH \(graph) {
          \(graph) \(try SPARQLTerms.iri(SH.declare)) ?d . ?d \(try SPARQLTerms.iri(SH.prefixName)) ?prefix ;
            \(try SPARQLTerms.iri(SH.namespaceIRI)) ?namespace .
          OPTIONAL { ?d \(try SPARQLTerms.iri(SH.order)) ?order } } }
        """
    }
}
