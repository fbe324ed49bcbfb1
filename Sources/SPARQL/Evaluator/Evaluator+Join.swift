import RDF

extension Evaluator {
    /// Rows of a pattern indexed by the values of the variables it shares with another pattern.
    struct HashedRows {
        var keySlots: [Int]
        var byKey: [[TermID]: [Row]] = [:]
        /// Rows with some key variable unbound: they may join with anything.
        var loose: [Row] = []
        var all: [Row] = []

        init(_ rows: [Row], keySlots: [Int]) {
            self.keySlots = keySlots
            all = rows
            for r in rows {
                let key = keySlots.map { r[$0] }
                if key.contains(0) { loose.append(r) } else { byKey[key, default: []].append(r) }
            }
        }

        /// Candidate rows for `row` (a superset of the compatible ones).
        func candidates(_ row: Row, _ body: (Row) throws -> Void) rethrows {
            let key = keySlots.map { row[$0] }
            if key.contains(0) || keySlots.isEmpty {
                for r in all { try body(r) }
            } else {
                for r in byKey[key] ?? [] { try body(r) }
                for r in loose { try body(r) }
            }
        }
    }

    func sharedSlots(_ a: Algebra, _ b: Algebra) -> [Int] {
        a.inScopeVariables.intersection(b.inScopeVariables).compactMap { slots[$0] }.sorted()
    }

    func evaluateJoin(_ a: Algebra, _ b: Algebra, _ seed: Row, _ graph: ActiveGraph,
                      _ emit: (Row) throws -> Void) throws {
        if isSubstitutable(b) {
            try run(a, seed, graph) { left in try self.run(b, left, graph, emit) }
            return
        }
        if isSubstitutable(a) {
            // Evaluate the independent side once, then feed its rows to the substitutable side.
            let right = try materialize(b, emptyRow, graph)
            for r in right where Self.compatible(seed, r) {
                try run(a, Self.merge(seed, r), graph, emit)
            }
            return
        }
        let right = HashedRows(try materialize(b, emptyRow, graph), keySlots: sharedSlots(a, b))
        try run(a, seed, graph) { left in
            try right.candidates(left) { r in
                try self.governor.tick()
                if Self.compatible(left, r) { try emit(Self.merge(left, r)) }
            }
        }
    }

    func evaluateLeftJoin(_ a: Algebra, _ b: Algebra, _ filter: Expression?, _ seed: Row, _ graph: ActiveGraph,
                          _ emit: (Row) throws -> Void) throws {
        if isSubstitutable(b) {
            try run(a, seed, graph) { left in
                var found = false
                try self.run(b, left, graph) { merged in
                    if let filter, !(try self.filterAccepts(filter, merged, graph)) { return }
                    found = true
                    try emit(merged)
                }
                if !found { try emit(left) }
            }
            return
        }
        let right = HashedRows(try materialize(b, emptyRow, graph), keySlots: sharedSlots(a, b))
        try run(a, seed, graph) { left in
            var found = false
            try right.candidates(left) { r in
                try self.governor.tick()
                guard Self.compatible(left, r) else { return }
                let merged = Self.merge(left, r)
                if let filter, !(try self.filterAccepts(filter, merged, graph)) { return }
                found = true
                try emit(merged)
            }
            if !found { try emit(left) }
        }
    }

    func evaluateMinus(_ a: Algebra, _ b: Algebra, _ seed: Row, _ graph: ActiveGraph,
                       _ emit: (Row) throws -> Void) throws {
        let shared = sharedSlots(a, b)
        if shared.isEmpty { return try run(a, seed, graph, emit) }
        let right = HashedRows(try materialize(b, emptyRow, graph), keySlots: shared)
        try run(a, seed, graph) { left in
            var removed = false
            try right.candidates(left) { r in
                if removed { return }
                try self.governor.tick()
                guard Self.compatible(left, r) else { return }
                for s in shared where left[s] != 0 && r[s] != 0 { removed = true; return }
            }
            if !removed { try emit(left) }
        }
    }
}
