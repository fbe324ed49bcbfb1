import RDFFormats

/// The OpenAPI 3.1 document, built from the route table's documentation (so it names exactly
/// the routes the router serves).
enum OpenAPIDocument {
    static func build(_ docs: [RouteDoc], serverURL: String) -> JSONValue {
        var paths: [String: [(String, JSONValue)]] = [:]
        var order: [String] = []
        for doc in docs {
            let path = doc.path.replacingPlusParameters()
            if paths[path] == nil { order.append(path) }
            paths[path, default: []].append((doc.method.lowercased(), operation(doc)))
        }
        let problem = JSONValue.object(JSONObject([
            ("type", "object"), ("required", .array(["type", "title", "status", "detail"])),
            ("properties", .object(JSONObject([
                ("type", .object(JSONObject([("type", "string"), ("format", "uri")]))),
                ("title", .object(JSONObject([("type", "string")]))),
                ("status", .object(JSONObject([("type", "integer")]))),
                ("detail", .object(JSONObject([("type", "string")]))),
            ]))),
        ]))
        return .object(JSONObject([
            ("openapi", "3.1.0"),
            ("info", .object(JSONObject([
                ("title", "Lodestat"), ("version", "1.0.0"),
                ("description", "Metadata exposure API and linked-data server for official statistics."),
            ]))),
            ("servers", .array([.object(JSONObject([("url", .string(serverURL))]))])),
            ("paths", .object(JSONObject(order.map { p in (p, .object(JSONObject(paths[p] ?? []))) }))),
            ("components", .object(JSONObject([("schemas", .object(JSONObject([("Problem", problem)])))]))),
        ]))
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
        if !doc.requestBody.isEmpty {
            op.append(("requestBody", .object(JSONObject([
                ("required", true),
                ("content", .object(JSONObject(doc.requestBody.map { ($0, .object(JSONObject([("schema", .object(JSONObject([("type", "string")])))]))) }))),
            ]))))
        }
        op.append(("responses", .object(JSONObject(doc.responses.map { r in
            let content = r.mediaTypes.map { type -> (String, JSONValue) in
                let schema: JSONValue = type == Problem.mediaType
                    ? .object(JSONObject([("$ref", "#/components/schemas/Problem")])) : .object(JSONObject())
                return (type, .object(JSONObject([("schema", schema)])))
            }
            return (String(r.status), .object(JSONObject([("description", .string(r.description)),
                                                         ("content", .object(JSONObject(content)))])))
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
