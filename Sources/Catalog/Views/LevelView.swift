import RDF
import Store

/// A level of a classification (`xkos:ClassificationLevel`).
public struct LevelView: Sendable, Codable {
    public var iri: String
    public var depth: Int
    public var labels: LocalizedText
    public var itemCount: Int
}
