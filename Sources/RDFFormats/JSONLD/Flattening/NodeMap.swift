/// The node map of the flattening and RDF algorithms: graph name → node id → node.
struct NodeMap {
    var graphs: [String: [String: MapNode]] = ["@default": [:]]
}

/// A node of the node map, built in place; values added "if not already present" are checked
/// against a set, so large nodes stay linear to build.
struct MapNode {
    var id: String
    var types: [JSONValue] = []
    var index: JSONValue?
    var properties: [String: [JSONValue]] = [:]
    private var seen: [String: Set<JSONValue>] = [:]

    init(id: String) { self.id = id }

    var isOnlyID: Bool { types.isEmpty && index == nil && properties.isEmpty }

    mutating func addUnique(_ property: String, _ value: JSONValue) {
        if seen[property, default: []].insert(value).inserted {
            if property == "@type" { types.append(value) } else { properties[property, default: []].append(value) }
        }
    }

    mutating func append(_ property: String, _ value: JSONValue) {
        properties[property, default: []].append(value)
    }

    mutating func ensure(_ property: String) {
        if properties[property] == nil { properties[property] = [] }
    }

    /// The node as a JSON-LD node object, properties in lexicographic order.
    var object: JSONObject {
        var o = JSONObject([("@id", .string(id))])
        if !types.isEmpty { o["@type"] = .array(types) }
        if let index { o["@index"] = index }
        for p in properties.keys.sorted() { o[p] = .array(properties[p] ?? []) }
        return o
    }
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
                map.graphs[activeGraph, default: [:]][sid, default: MapNode(id: sid)].addUnique(property, .object(element))
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
                map.graphs[activeGraph, default: [:]][sid, default: MapNode(id: sid)].append(property, result)
            }
            return
        }
        try generateNodeMapForNode(element, &map, graph: activeGraph, subject: subject, property: property, list: &list)
    }

    /// Step 6 of Node Map Generation: a node object.
    private func generateNodeMapForNode(_ element: JSONObject, _ map: inout NodeMap, graph activeGraph: String,
                                        subject: NodeMapSubject, property: String?, list: inout [JSONValue]?) throws {
        let id: String
        if case .string(let s)? = element["@id"] {
            id = Keywords.isBlankNodeID(s) ? blankNodes.issue(s) : s
        } else if element["@id"] != nil {
            return
        } else {
            id = blankNodes.issue()
        }
        if map.graphs[activeGraph, default: [:]][id] == nil { map.graphs[activeGraph, default: [:]][id] = MapNode(id: id) }
        let reference = JSONValue.object(JSONObject([("@id", .string(id))]))
        switch subject {
        case .reverse(let ref):
            if let property { map.graphs[activeGraph, default: [:]][id, default: MapNode(id: id)].addUnique(property, .object(ref)) }
        case .id(let sid):
            if let property {
                if list != nil { list?.append(reference) }
                else { map.graphs[activeGraph, default: [:]][sid, default: MapNode(id: sid)].addUnique(property, reference) }
            }
        case .none:
            if property != nil, list != nil { list?.append(reference) }
        }
        if let types = element["@type"] {
            for t in types.asArray { map.graphs[activeGraph, default: [:]][id, default: MapNode(id: id)].addUnique("@type", t) }
        }
        if let index = element["@index"] {
            if let existing = map.graphs[activeGraph]?[id]?.index, existing != index {
                throw JSONLDError(.conflictingIndexes, "node \(id) has two different @index values")
            }
            map.graphs[activeGraph, default: [:]][id, default: MapNode(id: id)].index = index
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
            map.graphs[activeGraph, default: [:]][id, default: MapNode(id: id)].ensure(property)
            var none: [JSONValue]? = nil
            try generateNodeMap(value, &map, graph: activeGraph, subject: .id(id), property: property, list: &none)
        }
    }
}
