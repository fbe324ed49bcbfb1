/// A query with its plan for one dataset (`QueryEngine.prepare`): the optimized algebra and the
/// slots of its variables. Valid for the dataset it was prepared on (the optimizer reads its
/// statistics); `QueryEngine.execute(_:on:options:)` evaluates it without planning again.
public struct PreparedQuery: Sendable {
    public let query: SPARQLQuery
    let algebra: Algebra
    let slots: SlotMap
}
