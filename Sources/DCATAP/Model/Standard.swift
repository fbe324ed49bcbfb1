/// A specification something conforms to (`dct:conformsTo`, a `dct:Standard`).
public struct Standard: Sendable, Hashable {
    public var iri: String
    public var title: String

    public init(iri: String, title: String) {
        self.iri = iri
        self.title = title
    }

    public static let sparqlProtocol = Standard(iri: "https://www.w3.org/TR/sparql11-protocol/", title: "SPARQL 1.1 Protocol")
    public static let sparqlQuery = Standard(iri: "https://www.w3.org/TR/sparql11-query/", title: "SPARQL 1.1 Query Language")
    public static let openAPI = Standard(iri: "https://spec.openapis.org/oas/v3.1.0", title: "OpenAPI Specification 3.1.0")
    public static let sdmxREST = Standard(iri: "https://github.com/sdmx-twg/sdmx-rest", title: "SDMX RESTful web services specification")
    public static let sdmxML21 = Standard(iri: "https://github.com/sdmx-twg/sdmx-ml-v2_1", title: "SDMX-ML 2.1")
    public static let sdmxML30 = Standard(iri: "https://github.com/sdmx-twg/sdmx-ml", title: "SDMX-ML 3.0")
    public static let sdmxJSON = Standard(iri: "https://github.com/sdmx-twg/sdmx-json", title: "SDMX-JSON")
    public static let jsonld = Standard(iri: "https://www.w3.org/TR/json-ld11/", title: "JSON-LD 1.1")
}
