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

    func evaluateBGP(_ patterns: [TriplePattern], _ seed: Row, _ graph: ActiveGraph,
                     _ emit: (Row) throws -> Void) throws {
        if patterns.isEmpty { return try emit(seed) }
        let compiled = patterns.map { [compile($0.subject), compile($0.predicate), compile($0.object)] }
        try matchTriple(compiled, 0, seed, graph, emit)
    }

    private func matchTriple(_ patterns: [[CompiledPosition]], _ index: Int, _ row: Row, _ graph: ActiveGraph,
                             _ emit: (Row) throws -> Void) throws {
        if index == patterns.count { return try emit(row) }
        let t = patterns[index]
        let s = resolve(t[0], row), p = resolve(t[1], row), o = resolve(t[2], row)
        func idOf(_ x: Position) -> TermID? { if case .bound(let id) = x { return id }; return nil }
        if case .impossible = s { return }
        if case .impossible = p { return }
        if case .impossible = o { return }
        try matchQuads(idOf(s), idOf(p), idOf(o), graph) { q in
            try self.governor.tick()
            var next = row
            if case .free(let slot) = s { next[slot] = q.subject }
            if case .free(let slot) = p {
                if next[slot] != 0 && next[slot] != q.predicate { return }
                next[slot] = q.predicate
            }
            if case .free(let slot) = o {
                if next[slot] != 0 && next[slot] != q.object { return }
                next[slot] = q.object
            }
            try self.matchTriple(patterns, index + 1, next, graph, emit)
        }
    }
}
