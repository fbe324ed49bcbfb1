import RDF

/// A table of solutions: variables in projection order and one row per solution,
/// each row aligned with `variables` (nil = unbound).
public struct SolutionTable: Sendable, Equatable {
    public var variables: [String]
    public var rows: [[Term?]]

    public init(variables: [String], rows: [[Term?]] = []) {
        self.variables = variables
        self.rows = rows
    }

    /// The rows as dictionaries from variable name to bound term.
    public var bindings: [[String: Term]] {
        rows.map { row in
            var d: [String: Term] = [:]
            for (i, v) in variables.enumerated() { if let t = row[i] { d[v] = t } }
            return d
        }
    }
}

/// What a SPARQL query answers: solutions (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE).
public enum QueryResult: Sendable, Equatable {
    case solutions(SolutionTable)
    case boolean(Bool)
    case graph([Triple])
}
