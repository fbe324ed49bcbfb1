import RDF
import Store

/// An SDMX dataflow with its data structure definition (dimensions, attributes, measures,
/// each with its concept and code list).
public struct DataflowView: CatalogView {
    public static let kind = ResourceKind.dataflow
    public static let filterKeys = ["theme", "publisher", "operation"]
    public static let mappedFields = ["labels", "structure", "descriptions", "notation", "version", "sdmxUrn", "publisher", "themes", "operation", "periodicity", "series"]

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var descriptions: LocalizedText
    public var notation: String?
    public var version: String?
    public var sdmxUrn: String?
    public var publisher: Link?
    public var themes: [Link]
    public var operation: Link?
    public var periodicity: Link?
    public var series: [Link]
    public var structure: StructureView?

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .dataflow, let id = c.id(of: iri, kind: .dataflow) else { return nil }
        self.id = id
        self.iri = iri
        labels = c.text(node, Self.kind, "labels")
        descriptions = c.text(node, Self.kind, "descriptions")
        notation = c.string(node, Self.kind, "notation")
        version = c.string(node, Self.kind, "version")
        sdmxUrn = c.string(node, Self.kind, "sdmxUrn")
        publisher = c.links(node, Self.kind, "publisher").first
        themes = c.links(node, Self.kind, "themes")
        operation = c.links(node, Self.kind, "operation").first
        periodicity = c.links(node, Self.kind, "periodicity").first
        series = c.links(node, Self.kind, "series")
        structure = c.objects(node, Self.kind, "structure").first.flatMap { StructureView(node: $0, context: c) }
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "theme": return themes.contains { linkMatches($0, value) }
        case "publisher": return linkMatches(publisher, value)
        case "operation": return linkMatches(operation, value)
        default: return false
        }
    }
}
