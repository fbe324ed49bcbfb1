import RDF
import Store

/// A statistical indicator produced from operation series (RMéS `insee:StatisticalIndicator`).
public struct IndicatorView: CatalogView {
    public static let kind = ResourceKind.indicator
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
    /// The series the indicator is produced from (`prov:wasGeneratedBy`).
    public var producedFrom: [Link]

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
        producedFrom = Links.of(.operationSeries, c.links(node, k, "producedFrom"))
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "series": return producedFrom.contains { linkMatches($0, value) }
        case "creator": return creators.contains { linkMatches($0, value) }
        case "contributor": return contributors.contains { linkMatches($0, value) }
        case "periodicity": return linkMatches(periodicity, value)
        default: return false
        }
    }
}
