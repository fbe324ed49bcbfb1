import Catalog
import RDFFormats

/// JSON Schemas of the REST bodies, as `components/schemas` of the OpenAPI document and the
/// references routes give their 200 answers.
enum APISchemas {
    static func ref(_ name: String) -> JSONValue { .object(JSONObject([("$ref", .string("#/components/schemas/" + name))])) }

    static func object(required: [String], _ properties: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject([("type", "object"), ("required", .array(required.map(JSONValue.string))),
                            ("properties", .object(JSONObject(properties)))]))
    }

    static let string: JSONValue = .object(JSONObject([("type", "string")]))
    static func integer(minimum: Int) -> JSONValue { .object(JSONObject([("type", "integer"), ("minimum", .int(minimum))])) }

    /// A page of `item`s (`Paging`'s body).
    static func page(of item: String) -> JSONValue {
        object(required: ["items", "total", "limit", "offset", "links"], [
            ("items", .object(JSONObject([("type", "array"), ("items", ref(item))]))),
            ("total", integer(minimum: 0)),
            ("limit", .object(JSONObject([("type", "integer"), ("minimum", 0), ("maximum", .int(Paging.maxLimit))]))),
            ("offset", .object(JSONObject([("type", "integer"), ("minimum", 0), ("maximum", .int(Paging.maxOffset))]))),
            ("links", ref("PageLinks")),
        ])
    }

    static var components: [(String, JSONValue)] {
        [
            ("Problem", object(required: ["type", "title", "status", "detail"], [
                ("type", .object(JSONObject([("type", "string"), ("format", "uri")]))),
                ("title", string), ("status", .object(JSONObject([("type", "integer"), ("minimum", 400), ("maximum", 599)]))),
                ("detail", string),
            ])),
            ("LocalizedValue", object(required: ["text", "language"], [("text", string), ("language", string), ("requested", string)])),
            ("Resource", object(required: ["id", "iri"], [("id", string), ("iri", string), ("label", ref("LocalizedValue"))])),
            ("ClassificationItem", object(required: ["iri"], [("iri", string), ("label", ref("LocalizedValue"))])),
            ("SearchHit", object(required: ["kind", "id", "iri", "matched", "language", "score"], [
                ("kind", .object(JSONObject([("type", "string"), ("enum", .array(ResourceKind.allCases.map { .string($0.rawValue) }))]))),
                ("id", string), ("iri", string), ("matched", string), ("language", string),
                ("score", .object(JSONObject([("type", "integer")]))), ("label", ref("LocalizedValue")),
            ])),
            ("PageLinks", object(required: ["self"], [("self", string), ("next", string), ("prev", string)])),
        ]
    }
}
