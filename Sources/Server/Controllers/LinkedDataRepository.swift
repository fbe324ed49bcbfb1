import Catalog
import RDF

/// What dereferencing a resource IRI needs.
public protocol LinkedDataRepository: Sendable {
    /// The base every resource IRI is under.
    var baseIRI: String { get }
    /// The resource's triples (with those of its blank nodes) plus the labels of the resources
    /// it links to; nil when the catalog says nothing about `iri`.
    func boundedDescription(of iri: String) -> [Quad]?
    /// The readable description (labels in `language`) for HTML pages, with at most `maxIncoming`
    /// incoming links per property (the rest counted).
    func readableDescription(of iri: String, language: String, maxIncoming: Int) -> (ResourceDescription, PrefixMap)?
    /// Prefixes for Turtle and RDF/XML output.
    var prefixes: [(prefix: String, namespace: String)] { get }
    /// The JSON-LD context used to compact JSON-LD answers.
    var jsonldContext: JSONLDContextDocument? { get }
}
