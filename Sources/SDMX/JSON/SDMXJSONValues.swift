import RDF

/// A JSON value written with sorted object keys, so output is stable byte for byte.
indirect enum JSONValue: Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Serializes with two-space indentation and keys in code-point order.
    func write(to out: inout String, indent: Int = 0) {
        switch self {
        case .string(let s): JSONValue.quote(s, into: &out)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (n, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += n == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            let keys = fields.keys.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
            for (n, key) in keys.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                JSONValue.quote(key, into: &out)
                out += ": "
                fields[key]?.write(to: &out, indent: indent + 1)
                out += n == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        JSONEscaping.appendQuoted(s, to: &out)
    }
}

extension InternationalString {
    /// `{"en": "…", "fr": "…"}`.
    var json: JSONValue { .object(Dictionary(uniqueKeysWithValues: texts.map { ($0.language, .string($0.text)) })) }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// Adds `name`/`names` and `description`/`descriptions` (best match = English, else first).
    mutating func addTexts(_ names: InternationalString, _ descriptions: InternationalString, fallback: String) {
        let n = names.isEmpty ? InternationalString([LocalizedText(fallback, language: "en")]) : names
        self["name"] = .string(n.preferred ?? fallback)
        self["names"] = n.json
        if let d = descriptions.preferred {
            self["description"] = .string(d)
            self["descriptions"] = descriptions.json
        }
    }
}
