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
