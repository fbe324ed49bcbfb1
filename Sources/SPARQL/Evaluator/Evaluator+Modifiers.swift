import RDF

extension Evaluator {
    /// GROUP, ORDER BY, projection, DISTINCT/REDUCED and slices: evaluated without a seed.
    func evaluateModifier(_ op: Algebra, _ graph: ActiveGraph, _ emit: (Row) throws -> Void) throws {
        switch op {
        case .group(let a, let keys, let aggs):
            for row in try evaluateGroup(a, keys, aggs, graph) { try emit(row) }
        case .orderBy(let a, let conditions):
            for row in try sorted(try materialize(a, emptyRow, graph), conditions, graph) { try emit(row) }
        case .project(let a, let vars):
            let keep = vars.compactMap { slots[$0] }
            try run(a, emptyRow, graph) { row in
                var out = self.emptyRow
                for s in keep { out[s] = row[s] }
                try emit(out)
            }
        case .distinct(let a), .reduced(let a):
            var seen = Set<Row>()
            try run(a, emptyRow, graph) { row in
                if seen.insert(row).inserted { try emit(row) }
            }
        case .slice(let a, let offset, let limit):
            if limit == 0 { return }
            if let limit, let (inner, conditions, projection) = Self.sortedInput(a) {
                // ORDER BY … LIMIT: keep only the best offset+limit rows while streaming.
                let (k, overflow) = offset.addingReportingOverflow(limit)
                if !overflow && k <= 100_000 {
                    let best = try topRows(inner, conditions, k, graph)
                    let keep = projection?.compactMap { slots[$0] }
                    for row in best.dropFirst(offset) {
                        guard let keep else { try emit(row); continue }
                        var out = emptyRow
                        for s in keep { out[s] = row[s] }
                        try emit(out)
                    }
                    return
                }
            }
            let token = nextStopToken()
            var index = 0
            do {
                try run(a, emptyRow, graph) { row in
                    defer { index += 1 }
                    if index < offset { return }
                    try emit(row)
                    if let limit, index - offset + 1 >= limit { throw StopSignal(token: token) }
                }
            } catch let s as StopSignal where s.token == token {}
        default:
            try run(op, emptyRow, graph, emit)
        }
    }

    /// `OrderBy(x)` or `Project(OrderBy(x))` under a slice: the input, conditions and projection.
    static func sortedInput(_ a: Algebra) -> (Algebra, [OrderCondition], [String]?)? {
        switch a {
        case .orderBy(let x, let c): return (x, c, nil)
        case .project(.orderBy(let x, let c), let vars): return (x, c, vars)
        default: return nil
        }
    }

    /// The first `k` rows of `input` in ORDER BY order (stable), holding at most `k` rows at a time.
    func topRows(_ input: Algebra, _ conditions: [OrderCondition], _ k: Int, _ graph: ActiveGraph) throws -> [Row] {
        var best: [(keys: [Term?], seq: Int, row: Row)] = []
        var seq = 0
        func precedes(_ x: (keys: [Term?], seq: Int, row: Row), _ y: (keys: [Term?], seq: Int, row: Row)) -> Bool {
            for (i, c) in conditions.enumerated() {
                let r = ExpressionFunctions.orderCompare(x.keys[i], y.keys[i])
                if r != 0 { return c.ascending ? r < 0 : r > 0 }
            }
            return x.seq < y.seq
        }
        try run(input, emptyRow, graph) { row in
            let entry = (keys: try conditions.map { try self.evaluateOrNil($0.expression, row, graph) }, seq: seq, row: row)
            seq += 1
            if best.count == k, let last = best.last, !precedes(entry, last) { return }
            var lo = 0, hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if precedes(best[mid], entry) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(entry, at: lo)
            if best.count > k { best.removeLast() }
        }
        return best.map(\.row)
    }

    /// ORDER BY per section 15.1, stable, through the function library's total order.
    func sorted(_ rows: [Row], _ conditions: [OrderCondition], _ graph: ActiveGraph) throws -> [Row] {
        var keyed: [(keys: [Term?], row: Row)] = []
        keyed.reserveCapacity(rows.count)
        for row in rows {
            try governor.tick()
            keyed.append((try conditions.map { try evaluateOrNil($0.expression, row, graph) }, row))
        }
        let governor = self.governor
        let indexed = Array(keyed.enumerated())
        let result = try indexed.sorted { x, y in
            try governor.tick()
            for (i, c) in conditions.enumerated() {
                let r = ExpressionFunctions.orderCompare(x.element.keys[i], y.element.keys[i])
                if r != 0 { return c.ascending ? r < 0 : r > 0 }
            }
            return x.offset < y.offset
        }
        return result.map { $0.element.row }
    }
}
