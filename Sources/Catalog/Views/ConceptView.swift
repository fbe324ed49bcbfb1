import RDF
import Store

/// A concept (`skos:Concept`): a statistical concept, a theme, a code or a classification item.
public struct ConceptView: CatalogView {
    public static let kind = ResourceKind.concept
    public static let filterKeys = ["scheme"]
    public static let mappedFields = ["labels", "altLabels", "notation", "definitions", "notes", "schemes", "broader", "narrower", "related"]

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var altLabels: [String: [String]]
    public var notation: String?
    public var definitions: LocalizedText
    public var notes: LocalizedText
    public var schemes: [Link]
    public var broader: [Link]
    public var narrower: [Link]
    public var related: [Link]
    public var exactMatches: [String]
    /// The validity of the classification version the concept is an item of, when that version states one.
    public var validity: Validity?

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .concept, let id = c.id(of: iri, kind: .concept) else { return nil }
        self.id = id
        self.iri = iri
        labels = c.text(node, Self.kind, "labels")
        altLabels = c.texts(node, Self.kind, "altLabels")
        notation = c.string(node, Self.kind, "notation")
        definitions = c.text(node, Self.kind, "definitions")
        notes = c.text(node, Self.kind, "notes")
        schemes = c.links(node, Self.kind, "schemes")
        broader = c.links(node, Self.kind, "broader")
        narrower = c.links(node, Self.kind, "narrower")
        related = c.links(node, Self.kind, "related")
        exactMatches = c.objects(node, SKOS.exactMatch).map(c.iriString).sorted()
        validity = Validity.ofItem(node, c)
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        key == "scheme" && schemes.contains { linkMatches($0, value) }
    }
}
