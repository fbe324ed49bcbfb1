/// Rewrites algebra into an equivalent, cheaper form: small named rewrites applied in order.
public struct QueryOptimizer: Sendable {
    /// The rewrites, in the order they run.
    public enum Rewrite: String, CaseIterable, Sendable {
        case foldConstants
        case mergeBGPs
        case pushDownFilters
        /// Before `reorderJoins`, which orders again the BGPs it joins, knowing what is bound before them.
        case orderTriplePatterns
        case reorderJoins
    }

    public var rewrites: [Rewrite]

    public init(rewrites: [Rewrite] = Rewrite.allCases) {
        self.rewrites = rewrites
    }

    public func optimize(_ algebra: Algebra, dataset: some QueryableDataset) -> Algebra {
        var a = algebra
        for r in rewrites {
            switch r {
            case .foldConstants: a = ConstantFolding.apply(a)
            case .mergeBGPs: a = BGPMerging.apply(a)
            case .pushDownFilters: a = FilterPushDown.apply(a)
            case .reorderJoins:
                a = JoinReordering(estimator: CardinalityEstimator(dataset: dataset)).apply(a)
                // Merged BGPs may now take a filter that sat above their join.
                if rewrites.contains(.pushDownFilters) { a = FilterPushDown.apply(a) }
            case .orderTriplePatterns: a = TriplePatternOrdering(estimator: CardinalityEstimator(dataset: dataset)).apply(a)
            }
        }
        return a
    }
}
