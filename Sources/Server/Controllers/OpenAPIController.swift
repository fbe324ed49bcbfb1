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
            let doc = OpenAPIDocument.build(Self.documented(table.docs, reserved: table.reservedSegments), serverURL: serverURL)
            return Representation(text: JSONWriter.write(doc, options: .init(pretty: true, sortKeys: true)),
                                  mediaType: "application/json")
                .response(to: request, cacheControl: cacheControl)
        }
    }

    /// `docs`, the path parameters of a fallback route (`/{path+}`) given the pattern the route
    /// table applies to them: no reserved first segment (those paths go to the server's own routes).
    static func documented(_ docs: [RouteDoc], reserved: Set<String>) -> [RouteDoc] {
        let alternatives = reserved.sorted().map(ParameterConstraint.regexEscaped).joined(separator: "|")
        let pattern = "^(?!(?:\(alternatives))(?:/|$)).+$"
        return docs.map { doc in
            guard doc.isFallback else { return doc }
            var doc = doc
            doc.parameters = doc.parameters.map { parameter in
                guard parameter.location == .path else { return parameter }
                var parameter = parameter
                parameter.constraint = .pattern(pattern, example: "codes/example/item")
                return parameter
            }
            return doc
        }
    }
}
