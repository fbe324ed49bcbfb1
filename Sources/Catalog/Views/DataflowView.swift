import RDF
import Store

/// An SDMX dataflow with its data structure definition (dimensions, attributes, measures,
/// each with its concept and code list).
public struct DataflowView: CatalogView {
    public static let kind = ResourceKind.dataflow
    public static let filterKeys = ["theme", "publisher", "operation"]

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
        labels = c.labels(node)
        descriptions = c.text(node, DCTERMS.description)
        notation = c.string(node, SKOS.notation)
        version = c.string(node, OWL.versionInfo)
        sdmxUrn = c.string(node, LDS.sdmxUrn)
        publisher = c.links(node, DCTERMS.publisher).first
        themes = c.links(node, DCAT.theme)
        operation = c.links(node, PROV.wasGeneratedBy).first
        periodicity = c.links(node, DCTERMS.accrualPeriodicity).first
        series = c.links(node, QB.slice)
        structure = c.objects(node, QB.structure).first.flatMap { StructureView(node: $0, context: c) }
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
