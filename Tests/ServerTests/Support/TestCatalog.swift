import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Server
import Store

/// A small bilingual catalog under the default base, in Turtle, for route tests.
enum TestCatalog {
    static let base = "http://localhost:8080/"

    static let turtle = """
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix dct: <http://purl.org/dc/terms/> .
    @prefix lds: <https://lodestat.example.org/def/> .
    @prefix id: <http://localhost:8080/id/> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

    <http://localhost:8080/id/dataflow/DF_CPI> a lds:Dataflow ;
        rdfs:label "Indice des prix à la consommation"@fr, "Consumer price index"@en ;
        dct:publisher <http://localhost:8080/id/organisation/insee> .
    <http://localhost:8080/id/organisation/insee> a <http://www.w3.org/ns/org#Organization> ;
        skos:prefLabel "Institut national de la statistique et des études économiques"@fr, "National Institute of Statistics and Economic Studies"@en .
    <http://localhost:8080/id/series/DF_CPI.M.FR.00> a lds:TimeSeries ;
        rdfs:label "IPC — ensemble"@fr, "CPI — all items"@en ;
        lds:dataflow <http://localhost:8080/id/dataflow/DF_CPI> ;
        dct:modified "2024-01-15"^^xsd:date .
    """

    static func snapshot(_ text: String = turtle) throws -> StoreSnapshot {
        var builder = StoreBuilder()
        try builder.load(ByteSource(bytes: Array(text.utf8)), format: .turtle, base: base)
        return builder.build()
    }

    static func application(_ configuration: ServerConfiguration = ServerConfiguration(),
                            state: CatalogState? = nil, reloader: CatalogReloader? = nil) throws -> some ApplicationProtocol {
        let state = try state ?? CatalogState(snapshot: snapshot(), baseIRI: base)
        let router = buildRouter(configuration: configuration, state: state, reloader: reloader)
        return Application(router: router)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
