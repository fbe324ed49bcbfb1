import HTTPNegotiation
import RDFFormats

/// What the OpenAPI document says about one route: built beside the handler, in the same table.
public struct RouteDoc: Sendable {
    /// One documented parameter. Its `constraint` is both what the OpenAPI document says of its
    /// values and what `RequestValidation` enforces before the handler runs, so the two cannot differ.
    public struct Parameter: Sendable {
        public enum Location: String, Sendable { case path, query, header }
        public var name: String
        public var location: Location
        public var description: String
        public var required: Bool
        public var constraint: ParameterConstraint

        public init(_ name: String, in location: Location, _ description: String, required: Bool = false,
                    _ constraint: ParameterConstraint = .text) {
            self.name = name
            self.location = location
            self.description = description
            self.required = required || location == .path
            self.constraint = constraint
        }

        /// JSON Schema of the value.
        public var schema: JSONValue { constraint.schema }

        /// An integer query parameter within `range`.
        public static func integer(_ name: String, _ description: String, _ range: ClosedRange<Int>) -> Parameter {
            Parameter(name, in: .query, description, .integer(range))
        }

        /// A query parameter taking one of `values`.
        public static func choice(_ name: String, _ description: String, _ values: [String]) -> Parameter {
            Parameter(name, in: .query, description, .choice(values))
        }

        /// `lang`: the label language, one of the supported languages.
        public static var lang: Parameter {
            choice("lang", "Label language (else Accept-Language)", LanguageNegotiation.supported)
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
    /// JSON Schema of the `application/json` body of a 200 answer (nil: any JSON value).
    public var jsonSchema: JSONValue?
    /// JSON Schema of the request body per media type (a media type not named: any string).
    public var requestSchemas: [String: JSONValue] = [:]
    /// True when the route needs `Authorization: Bearer TOKEN` (the `bearer` security scheme).
    public var bearerAuth = false
    /// True when the handler checks the parameters itself with `RequestValidation` (to answer in
    /// its own error format, as SDMX REST does); otherwise the route table checks them first.
    public var validatedByHandler = false
    /// True for the catch-all route (`/{path+}`): it answers only paths whose first segment no
    /// other route starts with (the reserved prefixes, `RouteTable.reservedSegments`).
    public var isFallback = false

    public init(_ method: String, _ path: String, id operationID: String, tag: String, summary: String,
                parameters: [Parameter] = [], requestBody: [String] = [],
                responses: [(status: Int, description: String, mediaTypes: [String])], jsonSchema: JSONValue? = nil) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.summary = summary
        self.tag = tag
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.jsonSchema = jsonSchema
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
