import RDF
import Store

/// A correspondence table (`xkos:Correspondence`) between two classification versions, read from
/// source to target (`lds:sourceClassification` → `lds:targetClassification`), with its associations.
public struct CorrespondenceView: Sendable, Codable {
    /// The path of the IRI after `{base}id/correspondence/` (or after `{base}id/`).
    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var descriptions: LocalizedText
    /// `skos:scopeNote`s, e.g. the items the table links to nothing.
    public var notes: LocalizedText
    public var source: Link?
    public var target: Link?
    /// The ids of the source and target classifications.
    public var sourceID: String?
    public var targetID: String?
    public var publisher: Link?
    public var associations: [Association]

    /// One `xkos:ConceptAssociation`: item codes on each side, its kind and what the table says of it.
    public struct Association: Sendable, Codable, Hashable {
        public var iri: String
        public var source: [String]
        public var target: [String]
        /// `1:1`, `1:n` (the source item is split), `n:1` (source items merged) or `n:m`; read source → target.
        public var kind: String?
        /// The table says the source item's whole content is covered by the target item.
        public var sourceFullyCovered: Bool?
        /// The date of the succession (`dct:date`), for a reform.
        public var date: String?
    }

    public static let pathSegment = "correspondence"

    init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard !iri.isEmpty else { return nil }
        let own = c.idBase + Self.pathSegment + "/"
        id = iri.hasPrefix(own) ? String(iri.dropFirst(own.count))
            : iri.hasPrefix(c.idBase) ? String(iri.dropFirst(c.idBase.count)) : iri
        self.iri = iri
        labels = c.text(node, SKOS.prefLabel)
        descriptions = c.text(node, DCTERMS.description)
        notes = c.text(node, SKOS.scopeNote)
        publisher = c.links(node, DCTERMS.publisher).first
        source = c.links(node, LDS.sourceClassification).first
        target = c.links(node, LDS.targetClassification).first
        sourceID = source.flatMap { c.id(of: $0.iri, kind: .classification) }
        targetID = target.flatMap { c.id(of: $0.iri, kind: .classification) }
        let sourceScheme = source?.iri ?? "", targetScheme = target?.iri ?? ""
        func code(_ n: TermID, _ scheme: String) -> String {
            let s = c.iriString(n)
            return !scheme.isEmpty && s.hasPrefix(scheme + "/") ? String(s.dropFirst(scheme.count + 1)) : s
        }
        associations = c.objects(node, XKOS.madeOf).map { a in
            let covered = c.string(a, LDS.sourceFullyCovered)
            return Association(iri: c.iriString(a),
                               source: c.objects(a, XKOS.sourceConcept).map { code($0, sourceScheme) }.sorted(),
                               target: c.objects(a, XKOS.targetConcept).map { code($0, targetScheme) }.sorted(),
                               kind: c.string(a, LDS.associationKind),
                               sourceFullyCovered: covered.map { $0 == "true" || $0 == "1" },
                               date: c.string(a, DCTERMS.date))
        }.sorted {
            $0.source != $1.source ? $0.source.lexicographicallyPrecedes($1.source)
                : $0.target.lexicographicallyPrecedes($1.target)
        }
    }

    /// Every correspondence of the catalog, in id order.
    static func all(_ c: ViewContext) -> [CorrespondenceView] {
        guard let type = c.graph.id(iri: RDFVocabulary.type), let cls = c.graph.id(iri: XKOS.Correspondence) else { return [] }
        return c.graph.subjects(type, cls).compactMap { CorrespondenceView(node: $0, context: c) }.sorted { $0.id < $1.id }
    }
}
