import RDF
import Store

/// A time series (`lds:TimeSeries`, a `qb:Slice` of a dataflow): its key values and attributes.
public struct SeriesView: CatalogView {
    public static let kind = ResourceKind.series
    public static let filterKeys = ["dataflow", "freq", "area"]
    public static let mappedFields = ["labels", "notation"]

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    /// The series key (e.g. `M.FR.00`).
    public var notation: String?
    public var dataflow: Link?
    /// The dimension values that fix the series, in the dataflow's dimension order.
    public var dimensions: [ComponentValue]
    /// Attribute values attached at series level.
    public var attributes: [ComponentValue]
    /// When every code of the series key was valid: the period common to the classification versions of
    /// its dimension values (nil when none of them is dated).
    public var validity: Validity?

    /// One component of a series and its value.
    public struct ComponentValue: Sendable, Codable, Hashable {
        public var component: Link
        public var value: Link
    }

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .series, let id = c.id(of: iri, kind: .series) else { return nil }
        self.id = id
        self.iri = iri
        labels = c.text(node, Self.kind, "labels")
        notation = c.string(node, Self.kind, "notation")
        let flow = c.subjects(QB.slice, node).first ?? c.objects(node, DCTERMS.isPartOf).first
        dataflow = flow.flatMap(c.link)
        var dims: [(Int, ComponentValue)] = [], attrs: [ComponentValue] = [], periods: [Validity] = []
        let order = flow.map { Self.dimensionOrder(c, dataflow: $0) } ?? [:]
        c.graph.match(node, nil, nil) { _, p, o in
            guard let component = c.link(p), let value = c.link(o) else { return }
            let types = Set(c.objects(p, RDFVocabulary.type).compactMap { c.graph.term($0).iriValue })
            if types.contains(QB.DimensionProperty) {
                dims.append((order[p] ?? Int.max, ComponentValue(component: component, value: value)))
                if let period = Validity.ofItem(o, c) { periods.append(period) }
            } else if types.contains(QB.AttributeProperty) {
                attrs.append(ComponentValue(component: component, value: value))
            }
        }
        dimensions = dims.sorted { ($0.0, $0.1.component.iri) < ($1.0, $1.1.component.iri) }.map(\.1)
        attributes = attrs.sorted { $0.component.iri < $1.component.iri }
        validity = Validity.common(periods)
    }

    /// Dimension property → qb:order in the dataflow's structure.
    static func dimensionOrder(_ c: ViewContext, dataflow: TermID) -> [TermID: Int] {
        var out: [TermID: Int] = [:]
        for dsd in c.objects(dataflow, QB.structure) {
            for spec in c.objects(dsd, QB.component) {
                if let dim = c.objects(spec, QB.dimension).first { out[dim] = c.int(spec, QB.order) ?? Int.max }
            }
        }
        return out
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "dataflow": return linkMatches(dataflow, value)
        case "freq": return dimensions.contains { $0.component.notation == "FREQ" && linkMatches($0.value, value) }
        case "area": return dimensions.contains { $0.component.notation == "REF_AREA" && linkMatches($0.value, value) }
        default: return false
        }
    }
}
