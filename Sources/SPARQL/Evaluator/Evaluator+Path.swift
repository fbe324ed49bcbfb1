import RDF

extension Evaluator {
    /// A path end: a known id, or free (to be enumerated).
    func evaluatePathPattern(_ s: PatternTerm, _ path: PropertyPath, _ o: PatternTerm, _ seed: Row,
                             _ graph: ActiveGraph, _ emit: (Row) throws -> Void) throws {
        func resolve(_ p: PatternTerm) -> (id: TermID?, slot: Int?) {
            switch p {
            case .term(let t): return (terms.id(t), nil)
            case .variable(let v):
                guard let slot = slots[v] else { return (nil, nil) }
                return seed[slot] != 0 ? (seed[slot], nil) : (nil, slot)
            }
        }
        let (sid, sslot) = resolve(s)
        let (oid, oslot) = resolve(o)
        // A value bound by the solution (not written in the query) is a path end only when it is
        // a node of the graph, as when the pattern is evaluated first and joined afterwards.
        for (p, id) in [(s, sid), (o, oid)] {
            if case .variable = p, let id, !(try isGraphNode(id, graph)) { return }
        }
        try pathPairs(path, sid, oid, graph) { x, y in
            var row = seed
            if let sslot { row[sslot] = x }
            if let oslot {
                if row[oslot] != 0 && row[oslot] != y { return }
                row[oslot] = y
            }
            try emit(row)
        }
    }

    /// Emits the (start, end) pairs of `path` with the given ends fixed when non-nil.
    func pathPairs(_ path: PropertyPath, _ s: TermID?, _ o: TermID?, _ graph: ActiveGraph,
                   _ emit: (TermID, TermID) throws -> Void) throws {
        try governor.tick()
        switch path {
        case .link(let iri):
            guard let p = terms.datasetID(.iri(iri)) else { return }
            if let s, !terms.isDatasetID(s) { return }
            if let o, !terms.isDatasetID(o) { return }
            try matchQuads(s, p, o, graph) { q in
                try self.governor.tick()
                try emit(q.subject, q.object)
            }
        case .inverse(let inner):
            try pathPairs(inner, o, s, graph) { x, y in try emit(y, x) }
        case .sequence(let a, let b):
            if s == nil, o != nil {
                try pathPairs(b, nil, o, graph) { mid, y in
                    try self.pathPairs(a, nil, mid, graph) { x, _ in try emit(x, y) }
                }
            } else {
                try pathPairs(a, s, nil, graph) { x, mid in
                    try self.pathPairs(b, mid, o, graph) { _, y in try emit(x, y) }
                }
            }
        case .alternative(let a, let b):
            try pathPairs(a, s, o, graph, emit)
            try pathPairs(b, s, o, graph, emit)
        case .zeroOrOne(let inner):
            var seen = Set<[TermID]>()
            try zeroLength(s, o, graph) { x, y in
                if seen.insert([x, y]).inserted { try emit(x, y) }
            }
            try pathPairs(inner, s, o, graph) { x, y in
                if seen.insert([x, y]).inserted { try emit(x, y) }
            }
        case .zeroOrMore(let inner), .oneOrMore(let inner):
            let includeStart: Bool
            if case .zeroOrMore = path { includeStart = true } else { includeStart = false }
            if let s {
                for n in try reachable(from: s, inner, forward: true, includeStart: includeStart, graph)
                where o == nil || o == n { try emit(s, n) }
            } else if let o {
                for n in try reachable(from: o, inner, forward: false, includeStart: includeStart, graph) {
                    try emit(n, o)
                }
            } else {
                for start in try graphNodes(graph) {
                    for n in try reachable(from: start, inner, forward: true, includeStart: includeStart, graph) {
                        try emit(start, n)
                    }
                }
            }
        case .negated(let forward, let inverse):
            let fwd = Set(forward.compactMap { terms.datasetID(.iri($0)) })
            let inv = Set(inverse.compactMap { terms.datasetID(.iri($0)) })
            if let s, !terms.isDatasetID(s) { return }
            if let o, !terms.isDatasetID(o) { return }
            if !forward.isEmpty || inverse.isEmpty {
                try matchQuads(s, nil, o, graph) { q in
                    try self.governor.tick()
                    if !fwd.contains(q.predicate) { try emit(q.subject, q.object) }
                }
            }
            if !inverse.isEmpty {
                try matchQuads(o, nil, s, graph) { q in
                    try self.governor.tick()
                    if !inv.contains(q.predicate) { try emit(q.object, q.subject) }
                }
            }
        }
    }

    /// Zero-length path pairs: a fixed end matches itself; with both ends free, every graph node.
    private func zeroLength(_ s: TermID?, _ o: TermID?, _ graph: ActiveGraph,
                            _ emit: (TermID, TermID) throws -> Void) throws {
        switch (s, o) {
        case let (s?, o?): if s == o { try emit(s, o) }
        case let (s?, nil): try emit(s, s)
        case let (nil, o?): try emit(o, o)
        case (nil, nil): for n in try graphNodes(graph) { try emit(n, n) }
        }
    }

    /// Nodes reachable from `start` by one or more steps of `step` (and `start` itself when asked),
    /// each once: cycles terminate.
    func reachable(from start: TermID, _ step: PropertyPath, forward: Bool, includeStart: Bool,
                   _ graph: ActiveGraph) throws -> [TermID] {
        var visited = Set<TermID>()
        var order: [TermID] = []
        if includeStart { visited.insert(start); order.append(start) }
        var frontier = [start]
        var expanded = Set<TermID>([start])
        while let node = frontier.popLast() {
            try governor.tick()
            let next: (TermID) throws -> Void = { n in
                if visited.insert(n).inserted { order.append(n) }
                if expanded.insert(n).inserted { frontier.append(n) }
            }
            if forward {
                try pathPairs(step, node, nil, graph) { _, y in try next(y) }
            } else {
                try pathPairs(step, nil, node, graph) { x, _ in try next(x) }
            }
        }
        return order
    }

    /// True when `id` is a subject or an object in the active graph.
    func isGraphNode(_ id: TermID, _ graph: ActiveGraph) throws -> Bool {
        guard terms.isDatasetID(id) else { return false }
        let token = nextStopToken()
        do {
            try matchQuads(id, nil, nil, graph) { _ in throw StopSignal(token: token) }
            try matchQuads(nil, nil, id, graph) { _ in throw StopSignal(token: token) }
        } catch let s as StopSignal where s.token == token {
            return true
        }
        return false
    }

    /// Every subject and object of the active graph.
    func graphNodes(_ graph: ActiveGraph) throws -> [TermID] {
        var seen = Set<TermID>()
        var out: [TermID] = []
        try matchQuads(nil, nil, nil, graph) { q in
            try self.governor.tick()
            if seen.insert(q.subject).inserted { out.append(q.subject) }
            if seen.insert(q.object).inserted { out.append(q.object) }
        }
        return out
    }
}
