/// Moves filters towards the patterns that bind their variables, where that cannot change results:
/// into both branches of a union, into a join or left-join operand whose solutions always bind
/// every variable of the filter, and below a BIND the filter does not read.
enum FilterPushDown {
    /// Each conjunct of a filter is pushed on its own (`a && b` passes a row when both pass); what
    /// stays is one filter per operator again, so a BGP keeps all its conditions in one place.
    static func apply(_ a: Algebra) -> Algebra {
        let pushed = a.rewrite { node in
            guard case .filter(let e, let inner) = node, isPushable(e) else { return nil }
            var result = inner
            var kept: [Expression] = []
            var moved = false
            for c in e.conjuncts {
                if let p = push(c, result) { result = p; moved = true } else { kept.append(c) }
            }
            guard moved else { return nil }
            return kept.isEmpty ? result : .filter(kept.dropFirst().reduce(kept[0]) { .and($0, $1) }, result)
        }
        return mergeNested(pushed)
    }

    /// `Filter(a, Filter(b, x))` as `Filter(a && b, x)`.
    static func mergeNested(_ a: Algebra) -> Algebra {
        a.rewrite { node in
            guard case .filter(let outer, .filter(let inner, let x)) = node else { return nil }
            return .filter(.and(inner, outer), x)
        }
    }

    static func push(_ e: Expression, _ a: Algebra) -> Algebra? {
        let vars = e.variables
        switch a {
        case .union(let x, let y):
            return .union(push(e, x) ?? .filter(e, x), push(e, y) ?? .filter(e, y))
        case .join(let x, let y):
            if vars.isSubset(of: x.certainlyBoundVariables) { return .join(push(e, x) ?? .filter(e, x), y) }
            if vars.isSubset(of: y.certainlyBoundVariables) { return .join(x, push(e, y) ?? .filter(e, y)) }
            return nil
        case .leftJoin(let x, let y, let f):
            if vars.isSubset(of: x.certainlyBoundVariables) { return .leftJoin(push(e, x) ?? .filter(e, x), y, f) }
            return nil
        case .extend(let x, let v, let ex):
            if !vars.contains(v) { return .extend(push(e, x) ?? .filter(e, x), v, ex) }
            return nil
        default:
            return nil
        }
    }

    /// Filters whose value depends on more than the row (EXISTS, random or fresh values) stay put.
    static func isPushable(_ e: Expression) -> Bool {
        switch e {
        case .exists, .notExists, .aggregate: return false
        case .builtin(let name, _) where ["RAND", "BNODE", "UUID", "STRUUID", "NOW"].contains(name): return false
        default: return e.children.allSatisfy(isPushable)
        }
    }
}

extension Algebra {
    /// Variables bound in every solution of this pattern.
    var certainlyBoundVariables: Set<String> {
        switch self {
        case .bgp(let ts): return Set(ts.flatMap(\.variables))
        case .path(let s, _, let o): return Set([s, o].compactMap(\.variableName))
        case .join(let a, let b): return a.certainlyBoundVariables.union(b.certainlyBoundVariables)
        case .leftJoin(let a, _, _), .minus(let a, _), .filter(_, let a), .extend(let a, _, _), .orderBy(let a, _),
             .distinct(let a), .reduced(let a), .slice(let a, _, _):
            return a.certainlyBoundVariables
        case .union(let a, let b): return a.certainlyBoundVariables.intersection(b.certainlyBoundVariables)
        case .graph(let g, let a):
            var s = a.certainlyBoundVariables
            if let v = g.variableName { s.insert(v) }
            return s
        case .project(let a, let vars): return a.certainlyBoundVariables.intersection(vars)
        case .group(_, let keys, _): return Set(keys.compactMap { k in
            if case .variable(let v) = k.expression, v == k.variable { return v }
            return nil
        })
        case .table(let vars, let rows):
            return Set(vars.enumerated().filter { i, _ in rows.allSatisfy { $0[i] != nil } }.map(\.element))
        case .service: return []
        }
    }
}
