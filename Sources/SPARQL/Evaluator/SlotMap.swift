/// Assigns each variable of a query a slot in the fixed-width rows the evaluator works on.
struct SlotMap: Sendable {
    private(set) var slots: [String: Int] = [:]
    private(set) var names: [String] = []

    init(_ algebra: Algebra, extra: [String] = []) {
        for v in extra { _ = slot(v) }
        collect(algebra)
    }

    var count: Int { names.count }

    subscript(_ name: String) -> Int? { slots[name] }

    mutating func slot(_ name: String) -> Int {
        if let s = slots[name] { return s }
        slots[name] = names.count
        names.append(name)
        return names.count - 1
    }

    private mutating func collect(_ e: Expression) {
        for v in e.variables { _ = slot(v) }
        func walk(_ x: Expression) {
            switch x {
            case .exists(let a), .notExists(let a): collect(a)
            default: x.children.forEach(walk)
            }
        }
        walk(e)
    }

    private mutating func collect(_ a: Algebra) {
        switch a {
        case .bgp(let ts): for t in ts { for v in t.variables { _ = slot(v) } }
        case .path(let s, _, let o): for v in [s, o].compactMap(\.variableName) { _ = slot(v) }
        case .graph(let g, _), .service(let g, _, _): if let v = g.variableName { _ = slot(v) }
        case .extend(_, let v, let e): _ = slot(v); collect(e)
        case .filter(let e, _): collect(e)
        case .leftJoin(_, _, let e): if let e { collect(e) }
        case .group(_, let keys, let aggs):
            for k in keys { _ = slot(k.variable); collect(k.expression) }
            for ag in aggs { _ = slot(ag.variable); if let e = ag.aggregate.expression { collect(e) } }
        case .orderBy(_, let conds): for c in conds { collect(c.expression) }
        case .project(_, let vars): for v in vars { _ = slot(v) }
        case .table(let vars, _): for v in vars { _ = slot(v) }
        default: break
        }
        for c in a.children { collect(c) }
    }
}
