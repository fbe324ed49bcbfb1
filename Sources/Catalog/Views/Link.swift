/// A link from one view to another resource, with that resource's labels.
public struct Link: Sendable, Hashable, Codable {
    public var iri: String
    /// The kind when the target is a resource with a view.
    public var kind: ResourceKind?
    /// The target's id: for a kind, as in its view; otherwise the path after `{base}id/`
    /// (e.g. `person/elise-coudin`); nil outside the base.
    public var id: String?
    public var labels: LocalizedText
    public var notation: String?
}
