/// The APIs the server runs, one `dcat:DataService` each.
public enum DataServiceKind: String, CaseIterable, Sendable {
    case rest = "rest-api"
    case sparql
    case sdmx = "sdmx-rest"

    /// The endpoint, relative to the base.
    public var endpointPath: String {
        switch self {
        case .rest: "api"
        case .sparql: "sparql"
        case .sdmx: "sdmx/v2/structure"
        }
    }

    /// A description of the endpoint, relative to the base: the OpenAPI document, the SPARQL
    /// service description (a GET without a query); the SDMX API is described by its standard.
    public var endpointDescriptionPath: String? {
        switch self {
        case .rest: "openapi.json"
        case .sparql: "sparql"
        case .sdmx: nil
        }
    }

    public var standards: [Standard] {
        switch self {
        case .rest: [.openAPI]
        case .sparql: [.sparqlProtocol, .sparqlQuery]
        case .sdmx: [.sdmxREST]
        }
    }

    public var titles: (fr: String, en: String) {
        switch self {
        case .rest: ("API REST JSON du catalogue", "JSON REST API of the catalogue")
        case .sparql: ("Point d'accès SPARQL 1.1", "SPARQL 1.1 endpoint")
        case .sdmx: ("API REST SDMX (structures)", "SDMX REST API (structures)")
        }
    }

    public var descriptions: (fr: String, en: String) {
        switch self {
        case .rest:
            ("Listes paginées, filtres, détail et recherche plein texte des ressources du catalogue, en JSON et JSON-LD.",
             "Paginated lists, filters, details and full-text search of the catalogue's resources, as JSON and JSON-LD.")
        case .sparql:
            ("Requêtes SPARQL 1.1 sur l'ensemble du catalogue (résultats JSON, XML, CSV, TSV ; graphes dans tous les formats RDF).",
             "SPARQL 1.1 queries over the whole catalogue (JSON, XML, CSV, TSV results; graphs in every RDF format).")
        case .sdmx:
            ("Listes de codes, schémas de concepts, structures de données et flux de données en SDMX-ML 2.1/3.0 et SDMX-JSON.",
             "Codelists, concept schemes, data structures and dataflows as SDMX-ML 2.1/3.0 and SDMX-JSON.")
        }
    }
}
