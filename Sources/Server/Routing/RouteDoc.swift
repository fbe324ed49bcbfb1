import RDFFormats

/// What the OpenAPI document says about one route: built beside the handler, in the same table.
public struct RouteDoc: Sendable {
    /// One documented parameter.
    public struct Parameter: Sendable {
        public enum Location: String, Sendable { case path, query, header }
        public var name: String
        public var location: Location
        public var description: String
        public var required: Bool
        /// JSON Schema of the value.
        public var schema: JSONValue

        public init(_ name: String, in location: Location, _ description: String, required: Bool = false,
                    schema: JSONValue = .object(JSONObject([("type", "string")]))) {
            self.name = name
            self.location = location
            self.description = description
            self.required = required || location == .path
            self.schema = schema
        }

        public static func integer(_ name: String, _ description: String, minimum: Int = 0) -> Parameter {
            Parameter(name, in: .query, description,
                      schema: .object(JSONObject([("type", "integer"), ("minimum", .int(minimum))])))
        }
    }

    public var method: String
    /// The OpenAPI path template, e.g. `/api/series/{id}`; a `{name+}` segment takes the rest of the path.
    public var path: String
    public var operationID: String
    public var summary: String
    public var tag: String
    public var parameters: [Parameter]
    /// Media types of the request body, for routes that read one.
    public var requestBody: [String]
    /// Status code → (description, media types).
    public var responses: [(status: Int, description: String, mediaTypes: [String])]

    public init(_ method: String, _ path: String, id operationID: String, tag: String, summary: String,
                parameters: [Parameter] = [], requestBody: [String] = [],
                responses: [(status: Int, description: String, mediaTypes: [String])]) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.summary = summary
        self.tag = tag
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
    }

    /// The path in the router's syntax: `{id}` → `:id`, `{rest+}` → `**`.
    public var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { seg -> String in
            guard seg.hasPrefix("{"), seg.hasSuffix("}") else { return String(seg) }
            let name = seg.dropFirst().dropLast()
            return name.hasSuffix("+") ? "**" : ":" + name
        }.joined(separator: "/")
    }

    /// True when `requestPath` is matched by this route's template.
    public func matches(_ requestPath: String) -> Bool {
        let want = path.split(separator: "/"), got = requestPath.split(separator: "/")
        for (i, seg) in want.enumerated() {
            if seg.hasPrefix("{") && seg.hasSuffix("+}") { return got.count > i }
            guard i < got.count else { return false }
            if seg.hasPrefix("{") && seg.hasSuffix("}") { continue }
            if seg != got[i] { return false }
        }
        return want.count == got.count
    }
}
