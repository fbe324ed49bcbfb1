extension Processor {
    /// The Flattening algorithm (JSON-LD 1.1 API, section 7.1.2) on an expanded document.
    func flatten(expanded: JSONValue) throws -> JSONValue {
        var map = NodeMap()
        var none: [JSONValue]? = nil
        try generateNodeMap(expanded, &map, list: &none)
        var defaultGraph = map.graphs["@default"] ?? [:]
        for graphName in map.graphs.keys.sorted() where graphName != "@default" {
            guard let graph = map.graphs[graphName] else { continue }
            var entry = defaultGraph[graphName] ?? JSONObject([("@id", .string(graphName))])
            var nodes: [JSONValue] = []
            for id in graph.keys.sorted() {
                guard let node = graph[id], !Self.hasOnlyID(node) else { continue }
                nodes.append(.object(node))
            }
            entry["@graph"] = .array(nodes)
            defaultGraph[graphName] = entry
        }
        var flattened: [JSONValue] = []
        for id in defaultGraph.keys.sorted() {
            guard let node = defaultGraph[id], !Self.hasOnlyID(node) else { continue }
            flattened.append(.object(node))
        }
        return .array(flattened)
    }

    static func hasOnlyID(_ node: JSONObject) -> Bool { node.count == 1 && node.contains("@id") }
}
