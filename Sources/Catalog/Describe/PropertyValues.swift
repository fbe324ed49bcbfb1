import RDF

/// The values of one predicate.
public struct PropertyValues: Sendable {
    public var predicate: String
    public var label: LocalizedValue?
    public var values: [LinkedValue]
    /// Values left out to keep the description bounded.
    public var omitted: Int
}
