import RDF

/// The indented, one-operator-per-line form of an algebra tree used by `explain`.
struct AlgebraPrinter {
    var estimator: CardinalityEstimator?
    /// Actual counts of an analyzed run (`explain --analyze`), printed beside the estimates.
    var profile: [Algebra: OperatorProfile]?

    func print(_ a: Algebra) -> String {
        var lines: [String] = []
        render(a, 0, &lines)
        return lines.joined(separator: "\n")
    }

    private func render(_ a: Algebra, _ depth: Int, _ lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        var line = indent + Self.label(a)
        if let estimator { line += "  [~\(Int(min(estimator.estimate(a), 1e15).rounded(.up)))]" }
        if let profile {
            if let p = profile[a] {
                line += "  [actual \(p.rows) rows in \(p.runs) run\(p.runs == 1 ? "" : "s")]"
            } else {
                line += "  [actual: not run on its own]"
            }
        }
        lines.append(line)
        if case .bgp(let ts) = a {
            for t in ts {
                var tl = indent + "  " + t.description
                if let estimator { tl += "  [~\(Int(estimator.estimate(t).rounded(.up)))]" }
                lines.append(tl)
            }
        }
        for c in a.children { render(c, depth + 1, &lines) }
    }

    static func label(_ a: Algebra) -> String {
        switch a {
        case .bgp(let ts): return "BGP (\(ts.count) triple patterns)"
        case .path(let s, let p, let o): return "Path \(s) \(p) \(o)"
        case .join: return "Join"
        case .leftJoin(_, _, let f): return "LeftJoin" + (f.map { " filter \($0)" } ?? "")
        case .filter(let e, _): return "Filter \(e)"
        case .union: return "Union"
        case .minus: return "Minus"
        case .graph(let g, _): return "Graph \(g)"
        case .service(let s, _, let silent): return "Service \(silent ? "SILENT " : "")\(s)"
        case .extend(_, let v, let e): return "Extend ?\(v) := \(e)"
        case .group(_, let keys, let aggs):
            return "Group by (\(keys.map { "\($0.expression) AS ?\($0.variable)" }.joined(separator: ", "))) aggregates (\(aggs.map { "?\($0.variable) := \($0.aggregate.function.rawValue)" }.joined(separator: ", ")))"
        case .orderBy(_, let c): return "OrderBy " + c.map { ($0.ascending ? "ASC " : "DESC ") + "\($0.expression)" }.joined(separator: ", ")
        case .project(_, let vars): return "Project " + vars.map { "?" + $0 }.joined(separator: " ")
        case .distinct: return "Distinct"
        case .reduced: return "Reduced"
        case .slice(_, let o, let l): return "Slice offset \(o) limit \(l.map(String.init) ?? "none")"
        case .table(let vars, let rows): return "Table (\(vars.map { "?" + $0 }.joined(separator: " "))) \(rows.count) rows"
        }
    }
}

extension Expression: CustomStringConvertible {
    public var description: String {
        switch self {
        case .variable(let v): return "?" + v
        case .term(let t): return t.description
        case .or(let a, let b): return "(\(a) || \(b))"
        case .and(let a, let b): return "(\(a) && \(b))"
        case .not(let a): return "!\(a)"
        case .equal(let a, let b): return "(\(a) = \(b))"
        case .notEqual(let a, let b): return "(\(a) != \(b))"
        case .less(let a, let b): return "(\(a) < \(b))"
        case .greater(let a, let b): return "(\(a) > \(b))"
        case .lessOrEqual(let a, let b): return "(\(a) <= \(b))"
        case .greaterOrEqual(let a, let b): return "(\(a) >= \(b))"
        case .add(let a, let b): return "(\(a) + \(b))"
        case .subtract(let a, let b): return "(\(a) - \(b))"
        case .multiply(let a, let b): return "(\(a) * \(b))"
        case .divide(let a, let b): return "(\(a) / \(b))"
        case .unaryPlus(let a): return "+\(a)"
        case .unaryMinus(let a): return "-\(a)"
        case .in(let a, let l): return "(\(a) IN (\(l.map(\.description).joined(separator: ", "))))"
        case .notIn(let a, let l): return "(\(a) NOT IN (\(l.map(\.description).joined(separator: ", "))))"
        case .builtin(let n, let args): return "\(n)(\(args.map(\.description).joined(separator: ", ")))"
        case .function(let iri, let args): return "<\(iri)>(\(args.map(\.description).joined(separator: ", ")))"
        case .exists(let a): return "EXISTS { \(AlgebraPrinter.label(a)) … }"
        case .notExists(let a): return "NOT EXISTS { \(AlgebraPrinter.label(a)) … }"
        case .aggregate(let ag): return "\(ag.function.rawValue)(\(ag.distinct ? "DISTINCT " : "")\(ag.expression?.description ?? "*"))"
        }
    }
}
