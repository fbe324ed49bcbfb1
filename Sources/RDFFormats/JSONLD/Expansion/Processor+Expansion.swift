import RDF

extension Processor {
    /// The Expansion algorithm (JSON-LD 1.1 API, section 5.1.2). Returns nil for null.
    func expand(_ active: ActiveContext, _ activeProperty: String?, _ element: JSONValue, baseURL: String?,
                fromMap: Bool = false) throws -> JSONValue? {
        if case .null = element { return nil }
        let propertyDef = activeProperty.flatMap { active.terms[$0] }
        let propertyScoped = propertyDef?.context
        if element.isScalar {
            if activeProperty == nil || activeProperty == "@graph" { return nil }
            var ctx = active
            if let propertyScoped {
                ctx = try processContext(active, propertyScoped, baseURL: propertyDef?.baseURL)
            }
            return try expandValue(ctx, activeProperty, element).map(JSONValue.object)
        }
        if case .array(let items) = element {
            var result: [JSONValue] = []
            let isList = propertyDef?.hasContainer("@list") ?? false
            for item in items {
                guard var e = try expand(active, activeProperty, item, baseURL: baseURL, fromMap: fromMap) else { continue }
                if isList, case .array = e { e = .object(JSONObject([("@list", e)])) }
                if case .array(let inner) = e { result.append(contentsOf: inner) } else { result.append(e) }
            }
            return .array(result)
        }
        guard case .object(let object) = element else { return nil }
        var ctx = active
        if let previous = ctx.previous, !fromMap {
            var revert = true
            for key in object.keys {
                let e = try expandIRI(ctx, key, vocab: true)
                if e == "@value" { revert = false; break }
                if e == "@id" && object.count == 1 { revert = false; break }
            }
            if revert { ctx = previous }
        }
        if let propertyScoped {
            ctx = try processContext(ctx, propertyScoped, baseURL: propertyDef?.baseURL, overrideProtected: true)
        }
        if let local = object["@context"] {
            ctx = try processContext(ctx, local, baseURL: baseURL)
        }
        let typeScoped = ctx
        var inputType: String?
        for key in object.sortedKeys where try expandIRI(ctx, key, vocab: true) == "@type" {
            let values = (object[key] ?? .null).asArray
            for t in values.compactMap({ $0.stringValue }).sorted() {
                if let def = typeScoped.terms[t], let scoped = def.context {
                    ctx = try processContext(ctx, scoped, baseURL: def.baseURL, propagate: false)
                }
            }
            if inputType == nil, case .string(let last)? = values.last {
                inputType = try expandIRI(typeScoped, last, vocab: true)
            }
        }
        var result = JSONObject()
        try expandObject(ctx, activeProperty, object, into: &result, typeScoped: typeScoped, inputType: inputType,
                         baseURL: baseURL)
        return try finishExpandedObject(result, activeProperty: activeProperty)
    }

    /// Steps 15–20: validation and simplification of an expanded map.
    private func finishExpandedObject(_ input: JSONObject, activeProperty: String?) throws -> JSONValue? {
        var result = input
        if let v = result["@value"] {
            let allowed: Set<String> = ["@direction", "@index", "@language", "@type", "@value"]
            if result.keys.contains(where: { !allowed.contains($0) })
                || (result.contains("@type") && (result.contains("@language") || result.contains("@direction"))) {
                throw JSONLDError(.invalidValueObject, "invalid value object keys")
            }
            if result["@type"] == .string("@json") {
                // any JSON value is allowed
            } else if v.isNull {
                return nil
            } else if !v.isString && result.contains("@language") {
                throw JSONLDError(.invalidLanguageTaggedValue, "@language on a non-string value")
            } else if let t = result["@type"] {
                guard case .string(let ts) = t, IRI.validationError(ts) == nil, !Keywords.isBlankNodeID(ts) else {
                    throw JSONLDError(.invalidTypedValue, "@type of a value must be an IRI")
                }
            }
        } else if let t = result["@type"], !t.isArray {
            result["@type"] = .array([t])
        } else if result.contains("@set") || result.contains("@list") {
            if result.count > 2 || (result.count == 2 && !result.contains("@index")) {
                throw JSONLDError(.invalidSetOrListObject, "@set or @list with other entries")
            }
            if let s = result["@set"] { return finishDropping(s, activeProperty: activeProperty) }
        }
        if result.count == 1 && result.contains("@language") { return nil }
        return finishDropping(.object(result), activeProperty: activeProperty)
    }

    private func finishDropping(_ value: JSONValue, activeProperty: String?) -> JSONValue? {
        if activeProperty == nil || activeProperty == "@graph", case .object(let o) = value {
            if o.isEmpty || o.contains("@value") || o.contains("@list") { return nil }
            if o.count == 1 && o.contains("@id") { return nil }
        }
        return value
    }

    /// Value Expansion (section 5.3.2).
    func expandValue(_ active: ActiveContext, _ activeProperty: String?, _ value: JSONValue) throws -> JSONObject? {
        let def = activeProperty.flatMap { active.terms[$0] }
        if let type = def?.type, case .string(let s) = value {
            if type == "@id" || type == "@vocab" {
                guard let iri = try expandIRI(active, s, documentRelative: true, vocab: type == "@vocab") else { return nil }
                return JSONObject([("@id", .string(iri))])
            }
        }
        var result = JSONObject([("@value", value)])
        if let type = def?.type, type != "@id", type != "@vocab", type != "@none" {
            result["@type"] = .string(type)
        } else if value.isString {
            let language: String? = def?.language.map { $0.stringValue } ?? active.defaultLanguage
            let direction: String? = def?.direction.map { $0.stringValue } ?? active.defaultDirection
            if let language { result["@language"] = .string(language) }
            if let direction { result["@direction"] = .string(direction) }
        }
        return result
    }
}

