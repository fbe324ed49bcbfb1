import Hummingbird
import RDFFormats

/// `GET /api`: the entry point of the REST API — its collections, search, and where it is described.
struct APIIndexController {
    /// The plural names of the collections, as mounted under `/api/`.
    let collections: [String]
    let cacheControl: String

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let body = JSONWriter.write(document, options: .init(pretty: false))
        table.add(RouteDoc("GET", "/api", id: "getAPIIndex", tag: "api",
                           summary: "The REST API's entry point: its collections and search",
                           responses: [(200, "Links to every collection", ["application/json"])])) { request, _ in
            Representation(text: body, mediaType: "application/json").response(to: request, cacheControl: cacheControl)
        }
    }

    private var document: JSONValue {
        let items = collections.map { plural in
            JSONValue.object(JSONObject([("name", .string(plural)), ("href", .string("/api/" + plural)),
                                         ("export", .string("/api/export/" + plural))]))
        }
        return .object(JSONObject([
            ("collections", .array(items)), ("search", "/api/search"), ("openapi", "/openapi.json"),
            ("context", "/context.jsonld"),
        ]))
    }
}
