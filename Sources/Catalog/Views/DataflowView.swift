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

/// A data structure definition (`qb:DataStructureDefinition`).
public struct StructureView: Sendable, Codable {
    public var iri: String
    public var notation: String?
    public var version: String?
    public var labels: LocalizedText
    public var dimensions: [ComponentView]
    public var attributes: [ComponentView]
    public var measures: [ComponentView]
    /// The dimensions that make up the series key.
    public var seriesKey: [Link]

    init?(node: TermID, context c: ViewContext) {
        guard let iri = c.graph.term(node).iriValue else { return nil }
        self.iri = iri
        notation = c.string(node, SKOS.notation)
        version = c.string(node, OWL.versionInfo)
        labels = c.labels(node)
        var dims: [ComponentView] = [], attrs: [ComponentView] = [], measures: [ComponentView] = []
        for spec in c.objects(node, QB.component) {
            if let p = c.objects(spec, QB.dimension).first, let v = ComponentView(property: p, spec: spec, context: c) { dims.append(v) }
            if let p = c.objects(spec, QB.attribute).first, let v = ComponentView(property: p, spec: spec, context: c) { attrs.append(v) }
            if let p = c.objects(spec, QB.measure).first, let v = ComponentView(property: p, spec: spec, context: c) { measures.append(v) }
        }
        dimensions = dims.sorted { ($0.order ?? Int.max, $0.iri) < ($1.order ?? Int.max, $1.iri) }
        attributes = attrs.sorted { $0.iri < $1.iri }
        self.measures = measures.sorted { $0.iri < $1.iri }
        seriesKey = c.objects(node, QB.sliceKey).flatMap { c.links($0, QB.componentProperty) }
    }
}

/// One component of a structure: the property, its concept and code list, and its specification.
public struct ComponentView: Sendable, Codable {
    public var iri: String
    /// The component id (e.g. `FREQ`).
    public var id: String
    public var labels: LocalizedText
    public var concept: Link?
    public var codeList: Link?
    public var order: Int?
    public var required: Bool?
    /// Where an attribute attaches (e.g. `qb:Slice`), as an IRI.
    public var attachment: String?

    init?(property p: TermID, spec: TermID, context c: ViewContext) {
        guard let iri = c.graph.term(p).iriValue else { return nil }
        self.iri = iri
        id = c.string(p, SKOS.notation) ?? String(iri.split(separator: "/").last ?? "")
        labels = c.labels(p)
        concept = c.links(p, QB.concept).first
        codeList = c.links(p, QB.codeList).first
        order = c.int(spec, QB.order)
        required = c.string(spec, QB.componentRequired).map { $0 == "true" || $0 == "1" }
        attachment = c.objects(spec, QB.componentAttachment).first.flatMap { c.graph.term($0).iriValue }
    }
}
