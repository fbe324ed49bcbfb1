import RDF
import Store

/// An organisation or unit, with its place in the organisational tree and its relations.
public struct OrganisationView: CatalogView {
    public static let kind = ResourceKind.organisation
    public static let filterKeys = ["parent", "memberOf", "type"]
    public static let mappedFields = ["parents", "labels", "altLabels", "notation", "definitions", "memberOf"]

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var altLabels: [String: [String]]
    public var notation: String?
    public var definitions: LocalizedText
    /// `Organization`, `FormalOrganization` or `OrganizationalUnit`.
    public var types: [String]
    /// Organisations this one is a unit or sub-organisation of.
    public var parents: [Link]
    /// Units and sub-organisations of this one.
    public var children: [Link]
    public var memberOf: [Link]
    public var members: [Link]
    public var linkedTo: [Link]
    /// Change events (creation, reorganisation) this organisation resulted from or was changed by.
    public var changes: [Link]

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .organisation, let id = c.id(of: iri, kind: .organisation) else { return nil }
        self.id = id
        self.iri = iri
        labels = c.text(node, Self.kind, "labels")
        altLabels = c.texts(node, Self.kind, "altLabels")
        notation = c.string(node, Self.kind, "notation")
        definitions = c.text(node, Self.kind, "definitions")
        types = c.objects(node, RDFVocabulary.type).map(c.iriString).filter { $0.hasPrefix(ORG.namespace) }
            .map { String($0.dropFirst(ORG.namespace.count)) }.sorted()
        parents = c.links(node, Self.kind, "parents")
        children = Self.unique(c.inverseLinks(ORG.subOrganizationOf, node) + c.inverseLinks(ORG.unitOf, node)
            + c.links(node, ORG.hasSubOrganization) + c.links(node, ORG.hasUnit))
        memberOf = c.links(node, Self.kind, "memberOf")
        members = c.inverseLinks(ORG.memberOf, node)
        linkedTo = Self.unique(c.links(node, ORG.linkedTo) + c.inverseLinks(ORG.linkedTo, node))
        changes = Self.unique(c.links(node, ORG.changedBy) + c.links(node, ORG.resultedFrom)
            + c.inverseLinks(ORG.resultingOrganization, node) + c.inverseLinks(ORG.originalOrganization, node))
    }

    static func unique(_ links: [Link]) -> [Link] {
        var seen = Set<String>()
        return links.filter { seen.insert($0.iri).inserted }.sorted { $0.iri < $1.iri }
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "parent": return parents.contains { linkMatches($0, value) }
        case "memberOf": return memberOf.contains { linkMatches($0, value) }
        case "type": return types.contains(value)
        default: return false
        }
    }
}
