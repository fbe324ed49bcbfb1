import RDF

extension SolutionTable {
    /// True when both tables hold the same solutions up to a consistent renaming of blank nodes.
    /// Variables are matched by name (column order may differ); `ordered` also requires the same row order.
    public func isEquivalent(to other: SolutionTable, ordered: Bool = false) -> Bool {
        guard Set(variables) == Set(other.variables), variables.count == other.variables.count,
              rows.count == other.rows.count else { return false }
        let columns = variables.compactMap { other.variables.firstIndex(of: $0) }
        let a = rows.map { r in variables.indices.map { $0 < r.count ? r[$0] : nil } }
        let b = other.rows.map { r in columns.map { $0 < r.count ? r[$0] : nil } }
        let hasBlank = (a + b).contains { $0.contains { $0?.isBlankNode ?? false } }
        if !hasBlank {
            if ordered { return a == b }
            var counts: [[Term?]: Int] = [:]
            for r in a { counts[r, default: 0] += 1 }
            for r in b {
                guard let c = counts[r], c > 0 else { return false }
                counts[r] = c - 1
            }
            return true
        }
        var matcher = BlankNodeRowMatcher(a: a, b: b, ordered: ordered)
        return matcher.match(0)
    }
}

extension QueryResult {
    /// Equivalence up to blank-node renaming (graphs by isomorphism, tables by `SolutionTable.isEquivalent`).
    public func isEquivalent(to other: QueryResult, ordered: Bool = false) -> Bool {
        switch (self, other) {
        case let (.boolean(x), .boolean(y)): return x == y
        case let (.solutions(x), .solutions(y)): return x.isEquivalent(to: y, ordered: ordered)
        case let (.graph(x), .graph(y)): return Isomorphism.areIsomorphic(x, y)
        default: return false
        }
    }
}

/// Backtracking search for a row matching with one blank-node bijection across the whole table.
struct BlankNodeRowMatcher {
    let a: [[Term?]], b: [[Term?]], ordered: Bool
    var used: [Bool]
    var forward: [String: String] = [:], backward: [String: String] = [:]

    init(a: [[Term?]], b: [[Term?]], ordered: Bool) {
        self.a = a; self.b = b; self.ordered = ordered
        used = Array(repeating: false, count: b.count)
    }

    mutating func match(_ i: Int) -> Bool {
        if i == a.count { return true }
        let candidates = ordered ? [i] : Array(b.indices)
        for j in candidates where !used[j] {
            let saved = (forward, backward)
            if bind(a[i], b[j]) {
                used[j] = true
                if match(i + 1) { return true }
                used[j] = false
            }
            (forward, backward) = saved
        }
        return false
    }

    private mutating func bind(_ x: [Term?], _ y: [Term?]) -> Bool {
        for (s, t) in zip(x, y) {
            switch (s, t) {
            case let (.blankNode(p)?, .blankNode(q)?):
                if let m = forward[p], m != q { return false }
                if let m = backward[q], m != p { return false }
                forward[p] = q; backward[q] = p
            default:
                if s != t { return false }
            }
        }
        return true
    }
}
