import RDF
import RDFFormats
import SPARQL

/// The SPARQL 1.1 Service Description of the endpoint, as triples.
enum ServiceDescription {
    static let sd = "http://www.w3.org/ns/sparql-service-description#"
    static let void = "http://rdfs.org/ns/void#"

    static func triples(endpoint: String, triples count: Int, namedGraphs: [String]) -> [Quad] {
        let service = Term.iri(endpoint)
        let type = Term.iri(RDFVocabulary.type)
        var out: [Quad] = [
            Quad(service, type, .iri(sd + "Service")),
            Quad(service, .iri(sd + "endpoint"), .iri(endpoint)),
            Quad(service, .iri(sd + "supportedLanguage"), .iri(sd + "SPARQL11Query")),
            Quad(service, .iri(sd + "feature"), .iri(sd + "UnionDefaultGraph")),
        ]
        for f in SPARQLResultsFormat.allCases where f != .table {
            out.append(Quad(service, .iri(sd + "resultFormat"), .iri(resultFormatIRI(f))))
        }
        for f in [RDFFormat.turtle, .ntriples, .rdfxml, .jsonld] {
            out.append(Quad(service, .iri(sd + "resultFormat"), .iri(f.formatIRI)))
        }
        let dataset = Term.blankNode("dataset"), graph = Term.blankNode("defaultGraph")
        out += [
            Quad(service, .iri(sd + "defaultDataset"), dataset),
            Quad(dataset, type, .iri(sd + "Dataset")),
            Quad(dataset, .iri(sd + "defaultGraph"), graph),
            Quad(graph, type, .iri(sd + "Graph")),
            Quad(graph, .iri(void + "triples"), .literal(Literal(String(count), datatype: XSD.integer))),
        ]
        for (i, name) in namedGraphs.enumerated() {
            let node = Term.blankNode("ng\(i)")
            out += [Quad(dataset, .iri(sd + "namedGraph"), node), Quad(node, .iri(sd + "name"), .iri(name))]
        }
        return out
    }

    static func resultFormatIRI(_ f: SPARQLResultsFormat) -> String {
        switch f {
        case .json: return "http://www.w3.org/ns/formats/SPARQL_Results_JSON"
        case .xml: return "http://www.w3.org/ns/formats/SPARQL_Results_XML"
        case .csv: return "http://www.w3.org/ns/formats/SPARQL_Results_CSV"
        case .tsv, .table: return "http://www.w3.org/ns/formats/SPARQL_Results_TSV"
        }
    }
}
