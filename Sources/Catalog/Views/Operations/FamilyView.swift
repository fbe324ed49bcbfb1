import RDF
import Store

/// A statistical operation family: a group of operation series on one broad subject (RMéS `insee:StatisticalOperationFamily`).
public struct FamilyView: CatalogView {
    public static let kind = ResourceKind.family
    public static let filterKeys = ["series", "creator", "contributor", "periodicity"]
    public static let mappedFields = OperationFields.mapped

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var altLabels: [String: [String]]
    public var abstracts: LocalizedText
    public var historyNotes: LocalizedText
    public var creators: [Link]
    public var contributors: [Link]
    public var publishers: [Link]
    public var replaces: [Link]
    public var replacedBy: [Link]
    public var seeAlso: [Link]
    public var periodicity: Link?
    public var qualityReports: [Link]
    /// The operation series of the family (`hasPart`, `isPartOf` or `skos:member`).
    public var series: [Link]

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == Self.kind, let id = c.id(of: iri, kind: Self.kind) else { return nil }
        let k = Self.kind
        self.id = id
        self.iri = iri
        let d = OperationDescription(node, c, k)
        labels = d.labels; altLabels = d.altLabels; abstracts = d.abstracts; historyNotes = d.historyNotes
        creators = d.creators; contributors = d.contributors; publishers = d.publishers
        replaces = d.replaces; replacedBy = d.replacedBy; seeAlso = d.seeAlso
        periodicity = d.periodicity; qualityReports = d.qualityReports
        series = Links.of(.operationSeries, c.links(node, k, "hasPart") + c.inverseLinks(k, "isPartOf", node)
            + c.links(node, k, "members"))
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "series": return series.contains { linkMatches($0, value) }
        case "creator": return creators.contains { linkMatches($0, value) }
        case "contributor": return contributors.contains { linkMatches($0, value) }
        case "periodicity": return linkMatches(periodicity, value)
        default: return false
        }
    }
}
