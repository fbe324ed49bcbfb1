import Catalog
import Foundation
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

    /// The tiny catalog above as a dataset.
    static func tiny(_ text: String = turtle) throws -> CatalogDataset {
        var builder = StoreBuilder()
        try builder.load(ByteSource(bytes: Array(text.utf8)), format: .turtle, base: base)
        return CatalogDataset(snapshot: builder.build(), files: [], prefixes: [], rewriter: try BaseRewriter(base: base),
                              loadSeconds: 0)
    }

    /// The embedded catalog (the repository's `Catalog/` and `Ontologies/`), loaded once.
    static let embedded: Result<CatalogDataset, any Error> = Result {
        try CatalogLoader(location: CatalogLocation.embedded()).load()
    }

    /// The text of `Ontologies/context.jsonld`.
    static var contextJSON: String? {
        guard let location = try? CatalogLocation.embedded() else { return nil }
        return try? String(contentsOfFile: location.ontologies + "/context.jsonld", encoding: .utf8)
    }

    /// Parses an answer; a JSON-LD answer's published context is replaced by the local file's.
    static func parse(_ text: String, _ format: RDFFormat, base: String) throws -> [Quad] {
        var text = text
        if format == .jsonld, let json = contextJSON, let inner = try JSONParser().parse(json)["@context"] {
            text = text.replacingOccurrences(of: "\"@context\": \"http://localhost:8080/context.jsonld\"",
                                             with: "\"@context\": " + JSONWriter.write(inner))
        }
        var quads: [Quad] = []
        try RDFParsing.parse(ByteSource(string: text), format: format, base: base) { quads.append($0) }
        return quads
    }

    /// An application over the tiny catalog.
    static func application(_ configuration: ServerConfiguration = ServerConfiguration(),
                            state: CatalogState? = nil, reloader: CatalogReloader? = nil) throws -> some ApplicationProtocol {
        let state = try state ?? CatalogState(dataset: tiny())
        return Application(router: buildRouter(configuration: configuration, state: state, reloader: reloader))
    }

    /// An application over the embedded catalog, with the project's JSON-LD context.
    static func catalogApplication(_ configuration: ServerConfiguration = ServerConfiguration(),
                                   state: CatalogState? = nil) throws -> some ApplicationProtocol {
        var configuration = configuration
        configuration.jsonldContext = contextJSON
        let state = try state ?? CatalogState(dataset: embedded.get())
        return Application(router: buildRouter(configuration: configuration, state: state))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
