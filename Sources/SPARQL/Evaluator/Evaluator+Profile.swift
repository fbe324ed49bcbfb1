/// What one operator did during an `explain --analyze` run.
public struct OperatorProfile: Hashable, Sendable {
    /// Times the operator was evaluated (once per left row under a bind join).
    public var runs = 0
    /// Rows it emitted over all its runs.
    public var rows = 0
}

extension Evaluator {
    /// `run` counting the operator's runs and emitted rows in `profile` (operators equal as values,
    /// such as two identical sub-patterns, share one count).
    func runProfiled(_ op: Algebra, _ seed: Row, _ graph: ActiveGraph, _ emit: (Row) throws -> Void) throws {
        var rows = 0
        defer {
            profile?[op, default: OperatorProfile()].runs += 1
            profile?[op, default: OperatorProfile()].rows += rows
        }
        try runOperator(op, seed, graph) { row in
            rows += 1
            try emit(row)
        }
    }
}
