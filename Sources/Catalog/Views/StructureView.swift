import RDF
import Store

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
