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
        let condition = filter.map { compileCondition($0, graph) }
        if isSubstitutable(b) {
            try run(a, seed, graph) { left in
                var found = false
                try self.run(b, left, graph) { merged in
                    if let condition, !(try self.accepts(condition, merged)) { return }
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
                if let condition, !(try self.accepts(condition, merged)) { return }
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
        if let probe = minusProbe(b, shared) {
            return try evaluateMinusByProbes(a, b, probe, shared, seed, graph, emit)
        }
        try evaluateMinusByHash(a, b, shared, seed, graph, emit)
    }

    /// How many left rows an anti-join by index probes may take before hashing the right side
    /// is cheaper: a fraction of the right side's estimated size (a probe costs a few index
    /// look-ups, a hashed right row one scan step and one insertion). Nil when probes are not
    /// equivalent to MINUS: the right side must be substitutable and bind every shared variable
    /// in all its solutions (then a compatible right solution always shares a bound variable).
    func minusProbe(_ b: Algebra, _ shared: [Int]) -> Int? {
        guard b.isSubstitutable else { return nil }
        let certain = b.certainlyBoundVariables
        guard shared.allSatisfy({ certain.contains(slots.names[$0]) }) else { return nil }
        let estimate = CardinalityEstimator(dataset: terms.dataset).estimate(b)
        let budget = estimate / 4
        return budget >= 1 ? Int(min(budget, 1_000_000)) : nil
    }

    /// MINUS as an anti-join by index probes while the left side stays small: each left row that
    /// binds a shared variable is removed when the right side has a solution under the left row's
    /// shared values. Past `budget` left rows, the rest is done by hashing the right side.
    private func evaluateMinusByProbes(_ a: Algebra, _ b: Algebra, _ budget: Int, _ shared: [Int], _ seed: Row,
                                       _ graph: ActiveGraph, _ emit: (Row) throws -> Void) throws {
        var right: HashedRows?
        var probes = 0
        try run(a, seed, graph) { left in
            guard shared.contains(where: { left[$0] != 0 }) else { return try emit(left) }
            if right == nil && probes < budget {
                probes += 1
                var key = self.emptyRow
                for s in shared { key[s] = left[s] }
                if try !self.hasSolution(b, key, graph) { try emit(left) }
                return
            }
            if right == nil { right = HashedRows(try self.materialize(b, self.emptyRow, graph), keySlots: shared) }
            if let right, try !Self.removedByMinus(left, right, shared, self.governor) { try emit(left) }
        }
    }

    private static func removedByMinus(_ left: Row, _ right: HashedRows, _ shared: [Int], _ governor: Governor) throws -> Bool {
        var removed = false
        try right.candidates(left) { r in
            if removed { return }
            try governor.tick()
            guard compatible(left, r) else { return }
            for s in shared where left[s] != 0 && r[s] != 0 { removed = true; return }
        }
        return removed
    }

    private func evaluateMinusByHash(_ a: Algebra, _ b: Algebra, _ shared: [Int], _ seed: Row, _ graph: ActiveGraph,
                                     _ emit: (Row) throws -> Void) throws {
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
