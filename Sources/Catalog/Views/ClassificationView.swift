import RDF
import Store

/// A classification or code list (`skos:ConceptScheme`): levels, items, correspondences.
public struct ClassificationView: CatalogView {
    public static let kind = ResourceKind.classification
    public static let filterKeys = ["publisher"]
    public static let mappedFields = ["topItems", "startDate", "endDate", "labels", "titles", "descriptions", "notation", "version", "publisher", "series", "follows", "variants"]

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var titles: LocalizedText
    public var descriptions: LocalizedText
    public var notation: String?
    public var version: String?
    public var publisher: Link?
    public var levels: [LevelView]
    public var topItems: [String]
    public var items: [ClassificationItem]
    /// Correspondence tables (`xkos:Correspondence`) that compare this classification.
    public var correspondences: [Link]
    /// When this version is valid (`schema:startDate`/`endDate`); nil when the catalog states no date.
    public var validity: Validity?
    /// The series this version belongs to (`xkos:belongsTo`).
    public var series: [Link]
    /// The versions this one follows (`xkos:follows`) and those that follow it.
    public var follows: [Link]
    public var followedBy: [Link]
    /// National or other variants (`xkos:variant`), and the classifications this one is a variant of.
    public var variants: [Link]
    public var variantOf: [Link]

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .classification, let id = c.id(of: iri, kind: .classification) else { return nil }
        self.id = id
        self.iri = iri
        labels = c.text(node, Self.kind, "labels")
        titles = c.text(node, Self.kind, "titles")
        descriptions = c.text(node, Self.kind, "descriptions")
        notation = c.string(node, Self.kind, "notation")
        version = c.string(node, Self.kind, "version")
        publisher = c.links(node, Self.kind, "publisher").first
        let levelNodes = c.objects(node, XKOS.levels).first.flatMap { c.graph.list($0) } ?? []
        var depthOf: [TermID: Int] = [:]
        levels = levelNodes.enumerated().map { index, level in
            let depth = c.int(level, XKOS.depth) ?? index + 1
            let members = c.objects(level, SKOS.member)
            for m in members { depthOf[m] = depth }
            return LevelView(iri: c.iriString(level), depth: depth, labels: c.text(level, SKOS.prefLabel), itemCount: members.count)
        }
        let scheme = iri
        topItems = c.objects(node, Self.kind, "topItems").map(c.iriString).compactMap { top -> String? in
            if let topID = c.id(of: top, kind: .classification) { return Self.code(topID, scheme: id) }
            // An office's item IRI outside {base}id/ (`{base}codes/nafr2/section/A`): as its items' codes.
            guard top.hasPrefix(c.base), !top.hasPrefix(c.idBase) else { return nil }
            return ClassificationItem.code(of: top, scheme: iri, context: c)
        }.sorted()
        let conceptClasses = c.mapping.classes(.concept).compactMap { c.graph.id(iri: $0) }, type = c.graph.id(iri: RDFVocabulary.type)
        let isConcept: (TermID) -> Bool = { n in type.map { t in conceptClasses.contains { c.graph.contains(n, t, $0) } } ?? false }
        let start = c.string(node, Self.kind, "startDate"), end = c.string(node, Self.kind, "endDate")
        let validity = start == nil && end == nil ? nil : Validity(start: start, end: end)
        self.validity = validity
        items = c.subjects(.concept, "schemes", node).filter(isConcept).compactMap {
            ClassificationItem(node: $0, scheme: scheme, schemeID: id, depth: depthOf[$0], validity: validity, context: c)
        }.sorted { ($0.depth ?? 0, $0.code) < ($1.depth ?? 0, $1.code) }
        correspondences = c.inverseLinks(XKOS.compares, node)
        series = c.links(node, Self.kind, "series")
        follows = c.links(node, Self.kind, "follows")
        followedBy = c.inverseLinks(XKOS.follows, node)
        variants = c.links(node, Self.kind, "variants")
        variantOf = c.inverseLinks(XKOS.variant, node)
    }

    /// The item code within the scheme: `nace-r2/01.1` → `01.1`.
    static func code(_ id: String, scheme: String) -> String {
        id.hasPrefix(scheme + "/") ? String(id.dropFirst(scheme.count + 1)) : id
    }

    /// The item with `code` (its id within the classification, e.g. `01.1`).
    public func item(_ code: String) -> ClassificationItem? { items.first { $0.code == code } }

    public func matches(_ key: String, _ value: String) -> Bool {
        key == "publisher" && linkMatches(publisher, value)
    }
}
