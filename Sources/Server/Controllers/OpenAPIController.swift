import Hummingbird
import RDFFormats

/// `GET /openapi.json`: the OpenAPI 3.1 document of every route, this one included.
struct OpenAPIController {
    let serverURL: String
    let cacheControl: String

    func addRoutes<Context: RequestContext>(to table: RouteTable<Context>) {
        table.add(RouteDoc("GET", "/openapi.json", id: "getOpenAPI", tag: "service",
                           summary: "This API's OpenAPI 3.1 document",
                           responses: [(200, "The document", ["application/json"])])) { [weak table] request, _ in
            guard let table else { throw ServerError.internalError("the route table is gone") }
            let doc = OpenAPIDocument.build(table.docs, serverURL: serverURL)
            return Representation(text: JSONWriter.write(doc, options: .init(pretty: true, sortKeys: true)),
                                  mediaType: "application/json")
                .response(to: request, cacheControl: cacheControl)
        }
    }
}
