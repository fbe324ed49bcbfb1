import RDFFormats

/// The OpenAPI 3.1 document, built from the route table's documentation (so it names exactly
/// the routes the router serves, the values their parameters take — the constraints
/// `RequestValidation` enforces — and every status they can answer).
enum OpenAPIDocument {
    static func build(_ docs: [RouteDoc], serverURL: String) -> JSONValue {
        var paths: [String: [(String, JSONValue)]] = [:]
        var order: [String] = []
        for doc in docs {
            let path = doc.path.replacingPlusParameters()
            if paths[path] == nil { order.append(path) }
            paths[path, default: []].append((doc.method.lowercased(), operation(doc)))
        }
        return .object(JSONObject([
            ("openapi", "3.1.0"),
            ("info", .object(JSONObject([
                ("title", "Lodestat"), ("version", "1.0.0"),
                ("description", "Metadata exposure API and linked-data server for official statistics."),
            ]))),
            ("servers", .array([.object(JSONObject([("url", .string(serverURL))]))])),
            ("paths", .object(JSONObject(order.map { p in (p, .object(JSONObject(paths[p] ?? []))) }))),
            ("components", .object(JSONObject([
                ("schemas", .object(JSONObject(APISchemas.components))),
                ("securitySchemes", .object(JSONObject([
                    ("bearer", .object(JSONObject([("type", "http"), ("scheme", "bearer"),
                                                   ("description", "The token given to lodestat serve --admin-token")]))),
                ]))),
            ]))),
        ]))
    }

    /// The statuses every route of its kind can answer besides its own: a parameter outside its
    /// constraint (400), a conditional GET (304), the connection limits (414, 431), and a failure
    /// of the server or of its SPARQL engine (500, 503).
    static func implicitResponses(_ doc: RouteDoc) -> [(status: Int, description: String, mediaTypes: [String])] {
        var out: [(status: Int, description: String, mediaTypes: [String])] = []
        if doc.method == "GET" { out.append((304, "Not modified (If-None-Match matched the ETag)", [])) }
        if doc.bearerAuth { out.append((401, "Missing or wrong bearer token", [Problem.mediaType])) }
        if doc.parameters.contains(where: { $0.location == .query }) || !doc.requestBody.isEmpty {
            out.append((400, "A parameter is missing, malformed or outside its bounds", [Problem.mediaType]))
        }
        out.append((414, "Request target longer than the server's limit", [Problem.mediaType]))
        out.append((431, "Request header fields larger than the server's limit", [Problem.mediaType]))
        out.append((500, "Internal error", [Problem.mediaType]))
        out.append((503, "Unavailable: the SPARQL engine behind this server is down, overloaded or too slow (Retry-After)",
                    [Problem.mediaType]))
        return out.filter { implicit in !doc.responses.contains { $0.status == implicit.status } }
    }

    static func operation(_ doc: RouteDoc) -> JSONValue {
        var op: [(String, JSONValue)] = [
            ("operationId", .string(doc.operationID)), ("summary", .string(doc.summary)), ("tags", .array([.string(doc.tag)])),
        ]
        if !doc.parameters.isEmpty {
            op.append(("parameters", .array(doc.parameters.map { p in
                .object(JSONObject([
                    ("name", .string(p.name)), ("in", .string(p.location.rawValue)),
                    ("description", .string(p.description)), ("required", .bool(p.required)), ("schema", p.schema),
                ]))
            })))
        }
        if doc.bearerAuth { op.append(("security", .array([.object(JSONObject([("bearer", .array([]))]))]))) }
        if !doc.requestBody.isEmpty {
            op.append(("requestBody", .object(JSONObject([
                ("required", true),
                ("content", .object(JSONObject(doc.requestBody.map { type in
                    (type, .object(JSONObject([("schema", doc.requestSchemas[type] ?? .object(JSONObject([("type", "string")])))])))
                }))),
            ]))))
        }
        let responses = (doc.responses + implicitResponses(doc)).sorted { $0.status < $1.status }
        op.append(("responses", .object(JSONObject(responses.map { r in
            let content = r.mediaTypes.map { type -> (String, JSONValue) in
                let schema: JSONValue
                if type == Problem.mediaType { schema = .object(JSONObject([("$ref", "#/components/schemas/Problem")])) }
                else if r.status == 200, type == "application/json", let s = doc.jsonSchema { schema = s }
                else { schema = .object(JSONObject()) }
                return (type, .object(JSONObject([("schema", schema)])))
            }
            var response: [(String, JSONValue)] = [("description", .string(r.description))]
            if !content.isEmpty { response.append(("content", .object(JSONObject(content)))) }
            return (String(r.status), .object(JSONObject(response)))
        }))))
        return .object(JSONObject(op))
    }
}

extension String {
    /// `{path+}` → `{path}` (OpenAPI has no rest-of-path parameter; the description says it).
    func replacingPlusParameters() -> String {
        split(separator: "/", omittingEmptySubsequences: false).map { seg in
            seg.hasPrefix("{") && seg.hasSuffix("+}") ? "{" + seg.dropFirst().dropLast(2) + "}" : String(seg)
        }.joined(separator: "/")
    }
}
