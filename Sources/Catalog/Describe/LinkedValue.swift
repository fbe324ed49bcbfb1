import RDF

/// A value with the label of the resource it names, and the description of a blank node.
public struct LinkedValue: Sendable {
    public var term: Term
    public var label: LocalizedValue?
    /// For a blank node: its own properties (one level, bounded).
    public var nested: [PropertyValues]
}
