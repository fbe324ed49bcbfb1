import RDFFormats
import SPARQL

/// What `/sparql` answers with, built once: result formats for SELECT and ASK, RDF formats for
/// CONSTRUCT and DESCRIBE, each offer at the same index as its format.
enum SPARQLOffers {
    static let resultFormats: [SPARQLResultsFormat] = [.json, .xml, .csv, .tsv]
    static let graphFormats: [RDFFormat] = [.turtle, .ntriples, .rdfxml, .jsonld]
    static let results: [ContentNegotiation.Offer] = resultFormats.map { .results($0) }
    static let graphs: [ContentNegotiation.Offer] = graphFormats.map { .rdf($0) }
}
