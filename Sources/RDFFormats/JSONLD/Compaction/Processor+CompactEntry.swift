import RDF

extension Processor {
    /// Step 12 of the Compaction algorithm for one entry of an expanded map.
    func compactEntry(_ result: inout JSONObject, active: ActiveContext, typeScoped: ActiveContext,
                      activeProperty: String?, expandedProperty: String, expandedValue: JSONValue,
                      insideReverse: Bool) throws {
        func alias(_ keyword: String) throws -> String { try compactIRI(active, keyword, vocab: true) }
        switch expandedProperty {
        case "@id":
            if case .string(let id) = expandedValue {
                result[try alias("@id")] = .string(try compactIRI(active, id))
            }
            return
        case "@type":
            var compacted: JSONValue
            if case .string(let t) = expandedValue {
                compacted = .string(try compactIRI(typeScoped, t, vocab: true))
            } else {
                compacted = .array(try expandedValue.asArray.map { v in
                    guard case .string(let t) = v else { return v }
                    return .string(try compactIRI(typeScoped, t, vocab: true))
                })
            }
            let key = try alias("@type")
            let asArray = (!active.isJSONLD10 && active.terms[key]?.hasContainer("@set") == true) || !options.compactArrays
            Self.addValue(&result, key, compacted, asArray: asArray)
            return
        case "@reverse":
            guard case .object(var compacted)? = try compact(active, "@reverse", expandedValue) else { return }
            for property in compacted.keys {
                guard let def = active.terms[property], def.reverse, let value = compacted[property] else { continue }
                let asArray = def.hasContainer("@set") || !options.compactArrays
                Self.addValue(&result, property, value, asArray: asArray)
                compacted[property] = nil
            }
            if !compacted.isEmpty { result[try alias("@reverse")] = .object(compacted) }
            return
        case "@preserve":
            return
        case "@index" where active.terms[activeProperty ?? ""]?.hasContainer("@index") == true:
            return
        case "@direction", "@index", "@language", "@value":
            result[try alias(expandedProperty)] = expandedValue
            return
        default:
            break
        }
        if case .array(let items) = expandedValue, items.isEmpty {
            let itemProperty = try compactIRI(active, expandedProperty, value: expandedValue, vocab: true,
                                              reverse: insideReverse)
            if let nestTerm = active.terms[itemProperty]?.nest {
                try checkNest(active, nestTerm)
                var nested = result[nestTerm]?.objectValue ?? JSONObject()
                Self.addValue(&nested, itemProperty, .array([]), asArray: true)
                result[nestTerm] = .object(nested)
            } else {
                Self.addValue(&result, itemProperty, .array([]), asArray: true)
            }
        }
        for expandedItem in expandedValue.asArray {
            let itemProperty = try compactIRI(active, expandedProperty, value: expandedItem, vocab: true,
                                              reverse: insideReverse)
            if let nestTerm = active.terms[itemProperty]?.nest {
                try checkNest(active, nestTerm)
                try result.modifyObject(at: nestTerm) { nested in
                    try compactItem(&nested, active: active, itemProperty: itemProperty, expandedItem: expandedItem)
                }
            } else {
                try compactItem(&result, active: active, itemProperty: itemProperty, expandedItem: expandedItem)
            }
        }
    }

    /// Step 12.8.7–12.8.9: adds one compacted item of an entry to `nestResult`.
    private func compactItem(_ nestResult: inout JSONObject, active: ActiveContext, itemProperty: String,
                             expandedItem: JSONValue) throws {
        func alias(_ keyword: String) throws -> String { try compactIRI(active, keyword, vocab: true) }
        let def = active.terms[itemProperty]
        let container = def?.container ?? []
        let asArray = container.contains("@set") || itemProperty == "@graph" || itemProperty == "@list"
            || !options.compactArrays
        let itemObject = expandedItem.objectValue
        let isList = itemObject?["@list"] != nil
        let isGraph = itemObject.map(Self.isGraphObject) ?? false
        var inner = expandedItem
        if isList { inner = itemObject?["@list"] ?? .null } else if isGraph { inner = itemObject?["@graph"] ?? .null }
        var compactedItem = try compact(active, itemProperty, inner) ?? .null
        if isList {
            if !compactedItem.isArray { compactedItem = .array([compactedItem]) }
            if !container.contains("@list") {
                var wrapper = JSONObject([(try alias("@list"), compactedItem)])
                if let index = itemObject?["@index"] { wrapper[try alias("@index")] = index }
                Self.addValue(&nestResult, itemProperty, .object(wrapper), asArray: asArray)
            } else {
                nestResult[itemProperty] = compactedItem
            }
        } else if isGraph, let graph = itemObject {
            if container.contains("@graph") && container.contains("@id") {
                let mapKey = try graph["@id"]?.stringValue.map { try compactIRI(active, $0) } ?? alias("@none")
                nestResult.modifyObject(at: itemProperty) { Self.addValue(&$0, mapKey, compactedItem, asArray: asArray) }
            } else if container.contains("@graph") && container.contains("@index") && Self.isSimpleGraphObject(graph) {
                let mapKey = try graph["@index"]?.stringValue ?? alias("@none")
                nestResult.modifyObject(at: itemProperty) { Self.addValue(&$0, mapKey, compactedItem, asArray: asArray) }
            } else if container.contains("@graph") && Self.isSimpleGraphObject(graph) {
                if case .array(let a) = compactedItem, a.count > 1 {
                    compactedItem = .object(JSONObject([(try alias("@included"), compactedItem)]))
                }
                Self.addValue(&nestResult, itemProperty, compactedItem, asArray: asArray)
            } else {
                var wrapper = JSONObject([(try alias("@graph"), compactedItem)])
                if let id = graph["@id"]?.stringValue { wrapper[try alias("@id")] = .string(try compactIRI(active, id)) }
                if let index = graph["@index"] { wrapper[try alias("@index")] = index }
                Self.addValue(&nestResult, itemProperty, .object(wrapper), asArray: asArray)
            }
        } else if !container.contains("@graph"),
                  let kind = ["@language", "@index", "@id", "@type"].first(where: container.contains) {
            var containerKey = try alias(kind)
            let indexKey = def?.index ?? "@index"
            var mapKey: String?
            if kind == "@language", let v = itemObject?["@value"] {
                compactedItem = v
                mapKey = itemObject?["@language"]?.stringValue
            } else if kind == "@index" && indexKey == "@index" {
                mapKey = itemObject?["@index"]?.stringValue
            } else if kind == "@index" {
                // The index key as written in the context names the entry in the compacted item.
                containerKey = indexKey
                if compactedItem[indexKey] == nil {
                    containerKey = try compactIRI(active, try expandIRI(active, indexKey, vocab: true) ?? indexKey,
                                                  vocab: true)
                }
                mapKey = Self.takeFirstString(&compactedItem, containerKey)
            } else if kind == "@id" {
                if case .object(var o) = compactedItem, let k = o[containerKey]?.stringValue {
                    mapKey = k
                    o[containerKey] = nil
                    compactedItem = .object(o)
                }
            } else if kind == "@type" {
                mapKey = Self.takeFirstString(&compactedItem, containerKey)
                if case .object(let o) = compactedItem, o.count == 1, o.contains(try alias("@id")),
                   let id = itemObject?["@id"] {
                    compactedItem = try compact(active, itemProperty, .object(JSONObject([("@id", id)]))) ?? .null
                }
            }
            let key = try mapKey ?? alias("@none")
            let item = compactedItem
            nestResult.modifyObject(at: itemProperty) { Self.addValue(&$0, key, item, asArray: asArray) }
        } else {
            Self.addValue(&nestResult, itemProperty, compactedItem, asArray: asArray)
        }
    }

    /// Removes and returns the first string value at `key` of an object, keeping any others.
    static func takeFirstString(_ item: inout JSONValue, _ key: String) -> String? {
        guard case .object(var o) = item, let values = o[key] else { return nil }
        var list = values.asArray
        guard case .string(let first)? = list.first else { return nil }
        list.removeFirst()
        if list.isEmpty { o[key] = nil } else if list.count == 1 { o[key] = list[0] } else { o[key] = .array(list) }
        item = .object(o)
        return first
    }

    private func checkNest(_ active: ActiveContext, _ nestTerm: String) throws {
        if nestTerm == "@nest" { return }
        if try expandIRI(active, nestTerm, vocab: true) != "@nest" {
            throw JSONLDError(.invalidNestValue, "nest term \"\(nestTerm)\" is not an alias of @nest")
        }
    }
}
