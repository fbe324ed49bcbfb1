extension Processor {
    /// Value Compaction (JSON-LD 1.1 API, section 6.3.2).
    func compactValue(_ active: ActiveContext, _ activeProperty: String?, _ value: JSONObject) throws -> JSONValue {
        let def = activeProperty.flatMap { active.terms[$0] }
        let language: String? = def?.language.map { $0.stringValue } ?? active.defaultLanguage
        let direction: String? = def?.direction.map { $0.stringValue } ?? active.defaultDirection
        let container = def?.container ?? []
        var result = JSONValue.object(value)
        if let id = value["@id"]?.stringValue, value.keys.allSatisfy({ $0 == "@id" || $0 == "@index" }) {
            if def?.type == "@id" { result = .string(try compactIRI(active, id)) }
            else if def?.type == "@vocab" { result = .string(try compactIRI(active, id, vocab: true)) }
        } else if let t = value["@type"], t.stringValue == def?.type, def?.type != nil {
            result = value["@value"] ?? .null
        } else if def?.type == "@none" || (value["@type"] != nil && value["@type"]?.stringValue != def?.type) {
            var copy = value
            if let t = value["@type"] {
                switch t {
                case .string(let s): copy["@type"] = .string(try compactIRI(active, s, vocab: true))
                case .array(let a):
                    copy["@type"] = .array(try a.map { v in
                        guard case .string(let s) = v else { return v }
                        return .string(try compactIRI(active, s, vocab: true))
                    })
                default: break
                }
            }
            result = .object(copy)
        } else if let v = value["@value"], !v.isString {
            if (value.contains("@index") && container.contains("@index")) || !value.contains("@index") { result = v }
        } else if value["@language"]?.stringValue?.lowercased() == language?.lowercased(),
                  value["@direction"]?.stringValue == direction {
            if !value.contains("@index") || container.contains("@index") { result = value["@value"] ?? .null }
        }
        if case .object(let o) = result {
            var aliased = JSONObject()
            for (k, v) in o { aliased[try compactIRI(active, k, vocab: true)] = v }
            result = .object(aliased)
        }
        return result
    }
}
