import RDF

extension Processor {
    /// Steps 13 and 14 of the Expansion algorithm: expands each entry of `object` into `result`.
    func expandObject(_ ctx: ActiveContext, _ activeProperty: String?, _ object: JSONObject, into result: inout JSONObject,
                      typeScoped: ActiveContext, inputType: String?, baseURL: String?) throws {
        var nests: [String] = []
        let keys = options.ordered ? object.sortedKeys : object.keys
        for key in keys {
            guard let value = object[key] else { continue }
            if key == "@context" { continue }
            guard let expandedProperty = try expandIRI(ctx, key, vocab: true),
                  expandedProperty.utf8.contains(0x3A) || Keywords.isKeyword(expandedProperty) else { continue }
            if Keywords.isKeyword(expandedProperty) {
                if activeProperty == "@reverse" {
                    throw JSONLDError(.invalidReversePropertyMap, "keyword \(expandedProperty) inside @reverse")
                }
                if result.contains(expandedProperty) && expandedProperty != "@included" && expandedProperty != "@type" {
                    throw JSONLDError(.collidingKeywords, "\(expandedProperty) given twice")
                }
                if expandedProperty == "@nest" { nests.append(key); continue }
                if expandedProperty == "@reverse" {
                    try expandReverse(ctx, value, into: &result, baseURL: baseURL)
                    continue
                }
                let expandedValue = try expandKeyword(ctx, activeProperty, expandedProperty, value, result: result,
                                                      typeScoped: typeScoped, inputType: inputType, baseURL: baseURL)
                if let expandedValue {
                    result[expandedProperty] = expandedValue
                } else if expandedProperty == "@value" {
                    result["@value"] = .null
                }
                continue
            }
            let def = ctx.terms[key]
            var expandedValue: JSONValue?
            if def?.type == "@json" {
                expandedValue = .object(JSONObject([("@value", value), ("@type", "@json")]))
            } else if let def, def.hasContainer("@language"), case .object(let map) = value {
                expandedValue = try expandLanguageMap(ctx, def, map)
            } else if let def, def.hasContainer("@index") || def.hasContainer("@type") || def.hasContainer("@id"),
                      case .object(let map) = value {
                expandedValue = try expandIndexMap(ctx, key, def, map, baseURL: baseURL)
            } else {
                expandedValue = try expand(ctx, key, value, baseURL: baseURL)
            }
            guard var ev = expandedValue else { continue }
            if let def, def.hasContainer("@list"), ev["@list"] == nil {
                ev = .object(JSONObject([("@list", .array(ev.asArray))]))
            }
            if let def, def.hasContainer("@graph"), !def.hasContainer("@id"), !def.hasContainer("@index") {
                ev = .array(ev.asArray.map { .object(JSONObject([("@graph", .array($0.asArray))])) })
            }
            if def?.reverse == true {
                var reverseMap = result["@reverse"]?.objectValue ?? JSONObject()
                for item in ev.asArray {
                    if item["@value"] != nil || item["@list"] != nil {
                        throw JSONLDError(.invalidReversePropertyValue, "a reverse property value must be a node")
                    }
                    Self.append(&reverseMap, expandedProperty, item)
                }
                result["@reverse"] = .object(reverseMap)
            } else {
                Self.append(&result, expandedProperty, ev)
            }
        }
        for nestingKey in (options.ordered ? nests.sorted() : nests) {
            for nested in (object[nestingKey] ?? .null).asArray {
                guard case .object(let nestedObject) = nested else {
                    throw JSONLDError(.invalidNestValue, "@nest values must be objects")
                }
                for k in nestedObject.keys where try expandIRI(ctx, k, vocab: true) == "@value" {
                    throw JSONLDError(.invalidNestValue, "@nest value with @value")
                }
                var nestContext = ctx
                if let def = ctx.terms[nestingKey], let scoped = def.context {
                    nestContext = try processContext(ctx, scoped, baseURL: def.baseURL, overrideProtected: true)
                }
                try expandObject(nestContext, activeProperty, nestedObject, into: &result, typeScoped: typeScoped,
                                 inputType: inputType, baseURL: baseURL)
            }
        }
    }

    /// Appends `value` (or its items) to the array at `key`.
    static func append(_ object: inout JSONObject, _ key: String, _ value: JSONValue) {
        let items = value.asArray
        if items.isEmpty {
            if object[key] == nil { object[key] = .array([]) }
            return
        }
        if let existing = object[key], !existing.isArray { object[key] = .array([existing]) }
        for item in items { object.append(item, toArrayAt: key) }
    }

    private func expandReverse(_ ctx: ActiveContext, _ value: JSONValue, into result: inout JSONObject,
                               baseURL: String?) throws {
        guard case .object = value else { throw JSONLDError(.invalidReverseValue, "@reverse must be an object") }
        guard case .object(let expanded)? = try expand(ctx, "@reverse", value, baseURL: baseURL) else { return }
        if case .object(let doubleReversed)? = expanded["@reverse"] {
            for (property, items) in doubleReversed { Self.append(&result, property, items) }
        }
        var reverseMap = result["@reverse"]?.objectValue ?? JSONObject()
        var touched = false
        for (property, items) in expanded where property != "@reverse" {
            for item in items.asArray {
                if item["@value"] != nil || item["@list"] != nil {
                    throw JSONLDError(.invalidReversePropertyValue, "a reverse property value must be a node")
                }
                Self.append(&reverseMap, property, item)
                touched = true
            }
            if items.asArray.isEmpty { Self.append(&reverseMap, property, .array([])); touched = true }
        }
        if touched { result["@reverse"] = .object(reverseMap) }
    }

    private func expandLanguageMap(_ ctx: ActiveContext, _ def: TermDefinition, _ map: JSONObject) throws -> JSONValue {
        var out: [JSONValue] = []
        var direction = ctx.defaultDirection
        if let d = def.direction { direction = d.stringValue }
        for language in (options.ordered ? map.sortedKeys : map.keys) {
            for item in (map[language] ?? .null).asArray {
                if item.isNull { continue }
                guard case .string = item else {
                    throw JSONLDError(.invalidLanguageMapValue, "language map values must be strings")
                }
                var v = JSONObject([("@value", item)])
                if try expandIRI(ctx, language, vocab: true) != "@none" { v["@language"] = .string(language.lowercased()) }
                if let direction { v["@direction"] = .string(direction) }
                out.append(.object(v))
            }
        }
        return .array(out)
    }

    private func expandIndexMap(_ ctx: ActiveContext, _ key: String, _ def: TermDefinition, _ map: JSONObject,
                                baseURL: String?) throws -> JSONValue {
        var out: [JSONValue] = []
        let indexKey = def.index ?? "@index"
        for index in (options.ordered ? map.sortedKeys : map.keys) {
            var mapContext = ctx
            if def.hasContainer("@id") || def.hasContainer("@type") { mapContext = ctx.previous ?? ctx }
            if def.hasContainer("@type"), let idef = mapContext.terms[index], let scoped = idef.context {
                mapContext = try processContext(mapContext, scoped, baseURL: idef.baseURL)
            }
            let expandedIndex = try expandIRI(ctx, index, vocab: true)
            let indexValue = JSONValue.array((map[index] ?? .null).asArray)
            guard let expanded = try expand(mapContext, key, indexValue, baseURL: baseURL, fromMap: true) else { continue }
            for var item in expanded.asArray {
                if def.hasContainer("@graph"), item["@graph"] == nil {
                    item = .object(JSONObject([("@graph", .array(item.asArray))]))
                }
                guard case .object(var obj) = item else { out.append(item); continue }
                if def.hasContainer("@index"), indexKey != "@index", expandedIndex != "@none" {
                    let reExpanded = try expandValue(ctx, indexKey, .string(index)).map(JSONValue.object)
                    guard let expandedIndexKey = try expandIRI(ctx, indexKey, vocab: true) else { continue }
                    var values: [JSONValue] = reExpanded.map { [$0] } ?? []
                    values.append(contentsOf: obj[expandedIndexKey]?.asArray ?? [])
                    obj[expandedIndexKey] = .array(values)
                    if obj.contains("@value") {
                        throw JSONLDError(.invalidValueObject, "a value object cannot carry an index property")
                    }
                } else if def.hasContainer("@index"), !obj.contains("@index"), expandedIndex != "@none" {
                    obj["@index"] = .string(index)
                } else if def.hasContainer("@id"), !obj.contains("@id"), expandedIndex != "@none" {
                    if let id = try expandIRI(ctx, index, documentRelative: true) { obj["@id"] = .string(id) }
                } else if def.hasContainer("@type"), expandedIndex != "@none", let expandedIndex {
                    var types: [JSONValue] = [.string(expandedIndex)]
                    types.append(contentsOf: obj["@type"]?.asArray ?? [])
                    obj["@type"] = .array(types)
                }
                out.append(.object(obj))
            }
        }
        return .array(out)
    }
}
