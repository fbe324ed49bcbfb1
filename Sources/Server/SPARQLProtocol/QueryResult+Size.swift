import SPARQL

extension QueryResult {
    /// Rows of solutions, triples of a graph, 1 for a boolean: what writing the answer is proportional to.
    var size: Int {
        switch self {
        case .solutions(let table): return table.rows.count
        case .graph(let triples): return triples.count
        case .boolean: return 1
        }
    }

    /// True for CONSTRUCT and DESCRIBE answers.
    var isGraph: Bool {
        if case .graph = self { return true }
        return false
    }
}
