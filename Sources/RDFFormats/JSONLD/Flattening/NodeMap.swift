/// The node map of the flattening and RDF algorithms: graph name → node id → node object.
struct NodeMap {
    var graphs: [String: [String: JSONObject]] = ["@default": [:]]

    subscript(graph: String) -> [String: JSONObject]? { graphs[graph] }
}

/// The subject a value is attached to during node map generation.
enum NodeMapSubject {
    case none
    case id(String)
    /// A reverse property: the value's node gets the property pointing back to this node reference.
    case reverse(JSONObject)
}

extension Processor {
    /// Node Map Generation (JSON-LD 1.1 API, section 7.2.2). `list` collects items when inside a list.
    func generateNodeMap(_ element: JSONValue, _ map: inout NodeMap, graph activeGraph: String = "@default",
                         subject: NodeMapSubject = .none, property: String? = nil,
                         list: inout [JSONValue]?) throws {
        if case .array(let items) = element {
            for item in items {
                try generateNodeMap(item, &map, graph: activeGraph, subject: subject, property: property, list: &list)
            }
            return
        }
        guard case .object(var element) = element else { return }
        if map.graphs[activeGraph] == nil { map.graphs[activeGraph] = [:] }
        if let types = element["@type"], !element.contains("@value") {
            element["@type"] = .array(types.asArray.map { t in
                if case .string(let s) = t, Keywords.isBlankNodeID(s) { return .string(blankNodes.issue(s)) }
                return t
            })
        }
        if element.contains("@value") {
            if list != nil {
                list?.append(.object(element))
            } else if case .id(let sid) = subject, let property {
                addUnique(&map, activeGraph, sid, property, .object(element))
            }
            return
        }
        if let listValue = element["@list"] {
            var inner: [JSONValue]? = []
            try generateNodeMap(listValue, &map, graph: activeGraph, subject: subject, property: property, list: &inner)
            let result = JSONValue.object(JSONObject([("@list", .array(inner ?? []))]))
            if list != nil {
                list?.append(result)
            } else if case .id(let sid) = subject, let property {
                var node = map.graphs[activeGraph]?[sid] ?? JSONObject([("@id", .string(sid))])
                Processor.append(&node, property, result)
                map.graphs[activeGraph]?[sid] = node
            }
            return
        }
        // A node object.
        let id: String
        if case .string(let s)? = element["@id"] {
            id = Keywords.isBlankNodeID(s) ? blankNodes.issue(s) : s
        } else if element["@id"] != nil {
            return
        } else {
            id = blankNodes.issue()
        }
        if map.graphs[activeGraph]?[id] == nil {
            map.graphs[activeGraph]?[id] = JSONObject([("@id", .string(id))])
        }
        switch subject {
        case .reverse(let ref):
            if let property { addUnique(&map, activeGraph, id, property, .object(ref)) }
        case .id(let sid):
            if let property {
                let reference = JSONValue.object(JSONObject([("@id", .string(id))]))
                if list != nil { list?.append(reference) } else { addUnique(&map, activeGraph, sid, property, reference) }
            }
        case .none:
            if property != nil, list != nil {
                list?.append(.object(JSONObject([("@id", .string(id))])))
            }
        }
        if let types = element["@type"], !element.contains("@value") {
            for t in types.asArray { addUnique(&map, activeGraph, id, "@type", t) }
        }
        if let index = element["@index"] {
            var node = map.graphs[activeGraph]?[id] ?? JSONObject()
            if let existing = node["@index"], existing != index {
                throw JSONLDError(.conflictingIndexes, "node \(id) has two different @index values")
            }
            node["@index"] = index
            map.graphs[activeGraph]?[id] = node
        }
        if case .object(let reverseMap)? = element["@reverse"] {
            let referenced = JSONObject([("@id", .string(id))])
            for (property, values) in reverseMap {
                var none: [JSONValue]? = nil
                for value in values.asArray {
                    try generateNodeMap(value, &map, graph: activeGraph, subject: .reverse(referenced),
                                        property: property, list: &none)
                }
            }
        }
        if let graphValue = element["@graph"] {
            var none: [JSONValue]? = nil
            try generateNodeMap(graphValue, &map, graph: id, list: &none)
        }
        if let included = element["@included"] {
            var none: [JSONValue]? = nil
            try generateNodeMap(included, &map, graph: activeGraph, list: &none)
        }
        let skip: Set<String> = ["@id", "@type", "@index", "@reverse", "@graph", "@included"]
        for key in element.sortedKeys where !skip.contains(key) {
            guard let value = element[key] else { continue }
            let property = Keywords.isBlankNodeID(key) ? blankNodes.issue(key) : key
            if map.graphs[activeGraph]?[id]?[property] == nil {
                map.graphs[activeGraph]?[id]?[property] = .array([])
            }
            var none: [JSONValue]? = nil
            try generateNodeMap(value, &map, graph: activeGraph, subject: .id(id), property: property, list: &none)
        }
    }

    private func addUnique(_ map: inout NodeMap, _ graph: String, _ id: String, _ property: String, _ value: JSONValue) {
        var node = map.graphs[graph]?[id] ?? JSONObject([("@id", .string(id))])
        var values = node[property]?.asArray ?? []
        if !values.contains(value) { values.append(value) }
        node[property] = .array(values)
        map.graphs[graph]?[id] = node
    }
}
