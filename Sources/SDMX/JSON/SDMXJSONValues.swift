import RDFFormats

// SDMX-JSON is built on the one JSON layer, `RDFFormats.JSONValue`. The encoders fill plain
// dictionaries; output order does not depend on them, because `SDMXJSONWriter` writes every
// object with its keys in code-point order (see `sortedByCodePoint`), so output is stable byte for byte.

extension JSONValue {
    /// An object from a dictionary (its order is irrelevant: keys are sorted when written).
    static func object(_ fields: [String: JSONValue]) -> JSONValue {
        .object(JSONObject(fields.map { ($0.key, $0.value) }))
    }

    /// The same value with the keys of every object in Unicode code-point order.
    func sortedByCodePoint() -> JSONValue {
        switch self {
        case .array(let items): return .array(items.map { $0.sortedByCodePoint() })
        case .object(let o):
            let keys = o.keys.sorted { $0.unicodeScalars.map(\.value).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
            return .object(JSONObject(keys.map { ($0, o[$0]?.sortedByCodePoint() ?? .null) }))
        default: return self
        }
    }
}

extension InternationalString {
    /// `{"en": "…", "fr": "…"}`.
    var json: JSONValue { .object(Dictionary(uniqueKeysWithValues: texts.map { ($0.language, JSONValue.string($0.text)) })) }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// Adds `name`/`names` and `description`/`descriptions` (best match = English, else first).
    mutating func addTexts(_ names: InternationalString, _ descriptions: InternationalString, fallback: String) {
        let n = names.isEmpty ? InternationalString([LocalisedString(fallback, language: "en")]) : names
        self["name"] = .string(n.preferred ?? fallback)
        self["names"] = n.json
        if let d = descriptions.preferred {
            self["description"] = .string(d)
            self["descriptions"] = descriptions.json
        }
    }
}
