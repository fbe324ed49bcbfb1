import RDF
import Store

/// A project of a statistical unit (`lds:Project`).
public struct ProjectView: CatalogView {
    public static let kind = ResourceKind.project
    public static let filterKeys = ["category", "theme", "ledBy", "partner"]
    public static let mappedFields = ["labels", "descriptions", "notes", "category", "ledBy", "partners", "themes"]

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var descriptions: LocalizedText
    public var notes: LocalizedText
    public var category: Link?
    public var ledBy: [Link]
    public var partners: [Link]
    public var themes: [Link]

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .project, let id = c.id(of: iri, kind: .project) else { return nil }
        self.id = id
        self.iri = iri
        labels = c.text(node, Self.kind, "labels")
        descriptions = c.text(node, Self.kind, "descriptions")
        notes = c.text(node, Self.kind, "notes")
        category = c.links(node, Self.kind, "category").first
        ledBy = c.links(node, Self.kind, "ledBy")
        partners = c.links(node, Self.kind, "partners")
        themes = c.links(node, Self.kind, "themes")
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "category": return linkMatches(category, value)
        case "theme": return themes.contains { linkMatches($0, value) }
        case "ledBy": return ledBy.contains { linkMatches($0, value) }
        case "partner": return partners.contains { linkMatches($0, value) }
        default: return false
        }
    }
}
