import RDF

extension Processor {
    /// The Compaction algorithm (JSON-LD 1.1 API, section 6.1.2).
    func compact(_ activeIn: ActiveContext, _ activeProperty: String?, _ element: JSONValue) throws -> JSONValue? {
        var active = activeIn
        let typeScoped = activeIn
        if element.isScalar || element.isNull { return element }
        if case .array(let items) = element {
            var result: [JSONValue] = []
            for item in items {
                if let c = try compact(active, activeProperty, item), !c.isNull { result.append(c) }
            }
            let container = activeProperty.flatMap { active.terms[$0] }?.container ?? []
            if result.count != 1 || !options.compactArrays || activeProperty == "@graph" || activeProperty == "@set"
                || container.contains("@list") || container.contains("@set") {
                return .array(result)
            }
            return result[0]
        }
        guard case .object(let element) = element else { return nil }
        if let previous = active.previous, !element.contains("@value"),
           !(element.count == 1 && element.contains("@id")) {
            active = previous
        }
        let propertyDef = activeProperty.flatMap { activeIn.terms[$0] }
        if let scoped = propertyDef?.context {
            active = try processContext(active, scoped, baseURL: propertyDef?.baseURL, overrideProtected: true)
        }
        if element.contains("@value") || element.contains("@id") {
            let v = try compactValue(active, activeProperty, element)
            if v.isScalar || active.terms[activeProperty ?? ""]?.type == "@json" { return v }
        }
        if case .array(let list)? = element["@list"], active.terms[activeProperty ?? ""]?.hasContainer("@list") == true {
            return try compact(active, activeProperty, .array(list))
        }
        let insideReverse = activeProperty == "@reverse"
        var result = JSONObject()
        if let types = element["@type"] {
            let compactedTypes = try types.asArray.compactMap(\.stringValue).map { try compactIRI(typeScoped, $0, vocab: true) }
            for term in compactedTypes.sorted() {
                if let def = typeScoped.terms[term], let scoped = def.context {
                    active = try processContext(active, scoped, baseURL: def.baseURL, propagate: false)
                }
            }
        }
        let keys = options.ordered ? element.sortedKeys : element.keys
        for expandedProperty in keys {
            guard let expandedValue = element[expandedProperty] else { continue }
            try compactEntry(&result, active: active, typeScoped: typeScoped, activeProperty: activeProperty,
                             expandedProperty: expandedProperty, expandedValue: expandedValue,
                             insideReverse: insideReverse)
        }
        return .object(result)
    }

    /// Adds `value` at `key`, as an array when `asArray` or when the key already has a value.
    static func addValue(_ object: inout JSONObject, _ key: String, _ value: JSONValue, asArray: Bool) {
        if asArray, let existing = object[key], !existing.isArray { object[key] = .array([existing]) }
        if asArray, object[key] == nil { object[key] = .array([]) }
        if case .array(let items) = value {
            if items.isEmpty, object[key] == nil { object[key] = .array([]) }
            for item in items { addValue(&object, key, item, asArray: asArray) }
            return
        }
        if object.contains(key) {
            object.append(value, toArrayAt: key)
        } else {
            object[key] = value
        }
    }
}
