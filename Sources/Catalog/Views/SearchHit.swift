/// One search result.
public struct SearchHit: Sendable, Codable, Hashable {
    public var kind: ResourceKind
    public var id: String
    public var iri: String
    public var labels: LocalizedText
    /// The text that matched and its language ("" when untagged or a notation).
    public var matched: String
    public var language: String
    public var score: Int
    /// For an item of a classification: the id of its classification version, and that version's validity.
    public var classification: String? = nil
    public var validity: Validity? = nil
}
