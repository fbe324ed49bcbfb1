extension Algebra {
    /// The variables a SELECT query projects, in the order its results list them: those of the
    /// `project` node under the solution modifiers (DISTINCT, REDUCED, LIMIT/OFFSET); nil for a
    /// pattern with no projection.
    public var projectedVariables: [String]? {
        switch self {
        case .project(_, let variables): return variables
        case .distinct(let a), .reduced(let a), .slice(let a, _, _): return a.projectedVariables
        default: return nil
        }
    }
}

extension SolutionTable {
    /// The same solutions with the columns `variables`, in that order (a column the table lacks is
    /// unbound everywhere) — how answers from another engine are put in this engine's column order.
    public func reordered(as variables: [String]) -> SolutionTable {
        if variables == self.variables { return self }
        var index: [String: Int] = [:]
        for (i, v) in self.variables.enumerated() { index[v] = i }
        let columns = variables.map { index[$0] }
        return SolutionTable(variables: variables, rows: rows.map { row in
            columns.map { c in c.flatMap { $0 < row.count ? row[$0] : nil } }
        })
    }
}
