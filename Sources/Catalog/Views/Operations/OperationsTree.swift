/// The operations tree as Insee's Metadata-API serves it: families → series → operations, with
/// the indicators under each series they are produced from (an indicator produced from two
/// series appears under both). Series of no family are listed apart.
public struct OperationsTree: Sendable, Encodable {
    /// A leaf: an operation or an indicator.
    public struct Leaf: Sendable, Encodable {
        public var id: String
        public var iri: String
        public var label: LocalizedValue?
    }

    public struct Series: Sendable, Encodable {
        public var id: String
        public var iri: String
        public var label: LocalizedValue?
        public var operations: [Leaf]
        public var indicators: [Leaf]
    }

    public struct Family: Sendable, Encodable {
        public var id: String
        public var iri: String
        public var label: LocalizedValue?
        public var series: [Series]
    }

    public var families: [Family]
    /// Series that belong to no family.
    public var otherSeries: [Series]

    /// The tree of a catalog, labels in `language` (with the usual fall-backs).
    public init(_ views: CatalogViews, language: String? = nil) {
        func leaf(_ link: Link) -> Leaf { Leaf(id: link.id ?? link.iri, iri: link.iri, label: link.labels.pick(language)) }
        func series(_ s: OperationSeriesView) -> Series {
            Series(id: s.id, iri: s.iri, label: s.label(language), operations: s.operations.map(leaf),
                   indicators: s.indicators.map(leaf))
        }
        var placed = Set<String>()
        families = views.all(FamilyView.self).map { f in
            let members = f.series.compactMap { link in link.id.flatMap { views.get(OperationSeriesView.self, id: $0) } }
            placed.formUnion(members.map(\.iri))
            return Family(id: f.id, iri: f.iri, label: f.label(language), series: members.map(series))
        }
        otherSeries = views.all(OperationSeriesView.self).filter { !placed.contains($0.iri) }.map(series)
    }
}
