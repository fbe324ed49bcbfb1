import RDF

extension Evaluator {
    /// A pattern position resolved against the current row.
    enum Position {
        case bound(TermID)
        case free(Int)
        case impossible     // a constant the dataset does not contain
    }

    /// Calls `body` with each quad of the active graph matching the ids (nil = any).
    func matchQuads(_ s: TermID?, _ p: TermID?, _ o: TermID?, _ graph: ActiveGraph,
                    _ body: (IDQuad) throws -> Void) throws {
        switch graph {
        case .defaultGraph:
            try terms.dataset.match(QuadPattern(subject: s, predicate: p, object: o, graph: .defaultGraph), body)
        case .named(let g):
            try terms.dataset.match(QuadPattern(subject: s, predicate: p, object: o, graph: .named(g)), body)
        case .merged(let graphs):
            if graphs.count == 1 {
                try terms.dataset.match(QuadPattern(subject: s, predicate: p, object: o, graph: .named(graphs[0])), body)
                return
            }
            var seen = Set<IDQuad>()
            for g in graphs {
                try terms.dataset.match(QuadPattern(subject: s, predicate: p, object: o, graph: .named(g))) { q in
                    let key = IDQuad(q.subject, q.predicate, q.object)
                    if seen.insert(key).inserted { try body(key) }
                }
            }
        }
    }

    /// A triple pattern position compiled once per evaluation: a constant's dataset id or a slot.
    enum CompiledPosition {
        case constant(TermID?)
        case slot(Int)
    }

    func compile(_ p: PatternTerm) -> CompiledPosition {
        switch p {
        case .term(let t): return .constant(terms.datasetID(t))
        case .variable(let v): return slots[v].map { .slot($0) } ?? .constant(nil)
        }
    }

    func resolve(_ c: CompiledPosition, _ row: Row) -> Position {
        switch c {
        case .constant(let id): return id.map { .bound($0) } ?? .impossible
        case .slot(let slot):
            let value = row[slot]
            if value == 0 { return .free(slot) }
            return terms.isDatasetID(value) ? .bound(value) : .impossible
        }
    }

    /// A triple pattern compiled once per evaluation.
    struct CompiledTriple {
        var subject: CompiledPosition, predicate: CompiledPosition, object: CompiledPosition
    }

    /// The compiled form of a BGP's patterns, cached by the identity of the patterns' storage:
    /// the cache keeps that storage alive, so an address is never reused for other patterns.
    struct CompiledBGP {
        let patterns: [TriplePattern]
        let compiled: [CompiledTriple]
    }

    func compiledBGP(_ patterns: [TriplePattern]) -> [CompiledTriple] {
        let key = patterns.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        if let key {
            for entry in bgpCache where entry.key == key && entry.bgp.patterns.count == patterns.count {
                return entry.bgp.compiled
            }
        }
        let compiled = patterns.map { CompiledTriple(subject: compile($0.subject), predicate: compile($0.predicate),
                                                     object: compile($0.object)) }
        if let key, bgpCache.count < 64 { bgpCache.append((key, CompiledBGP(patterns: patterns, compiled: compiled))) }
        return compiled
    }

    func evaluateBGP(_ patterns: [TriplePattern], _ seed: Row, _ graph: ActiveGraph,
                     _ emit: (Row) throws -> Void) throws {
        if patterns.isEmpty { return try emit(seed) }
        let compiled = compiledBGP(patterns)
        var row = seed
        try matchTriple(compiled, [], 0, &row, graph, emit)
    }

    /// `Filter(e, BGP)` without splitting the BGP: each conjunct of `e` is checked right after the
    /// first pattern by which its variables are all bound (a conjunct reads only its variables,
    /// so its value there is its value on the finished row; `a && b` passes when both pass).
    func evaluateFilteredBGP(_ patterns: [TriplePattern], _ e: Expression, _ seed: Row, _ graph: ActiveGraph,
                             _ emit: (Row) throws -> Void) throws {
        let compiled = compiledBGP(patterns)
        var checks = [[Condition]](repeating: [], count: patterns.count)
        var bound = Set<String>()
        var boundAfter: [Set<String>] = []
        for t in patterns { bound.formUnion(t.variables); boundAfter.append(bound) }
        for c in e.conjuncts {
            let vars = c.variables
            let at = boundAfter.firstIndex { vars.isSubset(of: $0) } ?? (patterns.count - 1)
            checks[at].append(compileCondition(c, graph))
        }
        var row = seed
        try matchTriple(compiled, checks, 0, &row, graph, emit)
    }

    /// Matches pattern `index` and the following ones, binding the row in place (and unbinding
    /// after each match), so a row is only copied when a consumer keeps it.
    private func matchTriple(_ patterns: [CompiledTriple], _ checks: [[Condition]], _ index: Int, _ row: inout Row,
                             _ graph: ActiveGraph, _ emit: (Row) throws -> Void) throws {
        if index == patterns.count { return try emit(row) }
        let t = patterns[index]
        let s = resolve(t.subject, row), p = resolve(t.predicate, row), o = resolve(t.object, row)
        func idOf(_ x: Position) -> TermID? { if case .bound(let id) = x { return id }; return nil }
        func slotOf(_ x: Position) -> Int { if case .free(let slot) = x { return slot }; return -1 }
        if case .impossible = s { return }
        if case .impossible = p { return }
        if case .impossible = o { return }
        let ss = slotOf(s), ps = slotOf(p), os = slotOf(o)
        try matchQuads(idOf(s), idOf(p), idOf(o), graph) { q in
            try self.governor.tick()
            defer {
                if ss >= 0 { row[ss] = 0 }
                if ps >= 0 { row[ps] = 0 }
                if os >= 0 { row[os] = 0 }
            }
            if ss >= 0 { row[ss] = q.subject }
            if ps >= 0 {
                if row[ps] != 0 && row[ps] != q.predicate { return }
                row[ps] = q.predicate
            }
            if os >= 0 {
                if row[os] != 0 && row[os] != q.object { return }
                row[os] = q.object
            }
            if !checks.isEmpty {
                for condition in checks[index] {
                    if !(try self.accepts(condition, row)) { return }
                }
            }
            try self.matchTriple(patterns, checks, index + 1, &row, graph, emit)
        }
    }
}
