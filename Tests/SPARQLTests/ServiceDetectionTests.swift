import SPARQL
import Testing

/// SERVICE is found wherever it hides (a remote engine must never be asked to call other endpoints).
@Suite struct ServiceDetectionTests {
    @Test(arguments: [
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?x } } }",
        "SELECT * { ?s ?p ?o OPTIONAL { ?o ?q ?r FILTER NOT EXISTS { SERVICE <http://e/> { ?r ?q ?s } } } }",
        "SELECT * { ?s ?p ?o BIND(EXISTS { SERVICE <http://e/> { ?s ?p ?o } } AS ?b) }",
        "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://e/> { ?s ?p ?o } })",
    ])
    func serviceIsFound(_ text: String) throws {
        #expect(try SPARQLQuery(text).algebra.containsService)
    }

    @Test func queriesWithoutServiceAreLeftAlone() throws {
        #expect(try !SPARQLQuery("SELECT * { ?s ?p ?o FILTER EXISTS { ?o ?p ?s } } ORDER BY ?s").algebra.containsService)
    }
}
