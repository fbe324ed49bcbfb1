extension Processor {
    /// The Flattening algorithm (JSON-LD 1.1 API, section 7.1.2) on an expanded document.
    func flatten(expanded: JSONValue) throws -> JSONValue {
        var map = NodeMap()
        var none: [JSONValue]? = nil
        try generateNodeMap(expanded, &map, list: &none)
        var defaultGraph = map.graphs["@default"] ?? [:]
        var namedGraphs: [String: [JSONValue]] = [:]
        for graphName in map.graphs.keys.sorted() where graphName != "@default" {
            guard let graph = map.graphs[graphName] else { continue }
            var nodes: [JSONValue] = []
            for id in graph.keys.sorted() {
                guard let node = graph[id], !node.isOnlyID else { continue }
                nodes.append(.object(node.object))
            }
            if defaultGraph[graphName] == nil { defaultGraph[graphName] = MapNode(id: graphName) }
            namedGraphs[graphName] = nodes
        }
        var flattened: [JSONValue] = []
        for id in defaultGraph.keys.sorted() {
            guard let node = defaultGraph[id] else { continue }
            var object = node.object
            if let members = namedGraphs[id] { object["@graph"] = .array(members) }
            if Self.hasOnlyID(object) { continue }
            flattened.append(.object(object))
        }
        return .array(flattened)
    }

    static func hasOnlyID(_ node: JSONObject) -> Bool { node.count == 1 && node.contains("@id") }
}
