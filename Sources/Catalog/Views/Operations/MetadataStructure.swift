import RDF
import Store

/// A metadata structure definition (`sdmx-mm:MetadataStructureDefinition`, e.g. SIMS v2.0): its
/// attributes in order, each with its concept, parent and representation.
public struct MetadataStructure: Sendable, Codable, Hashable {
    public var iri: String
    /// The SDMX id (`skos:notation`, else `dcterms:identifier`, else the IRI's last segment).
    public var id: String
    public var version: String
    public var labels: LocalizedText
    public var conceptScheme: Link?
    public var attributes: [MetadataAttribute]

    /// The terms a metadata structure is read with.
    public enum Vocabulary {
        public static let classes = [SDMXMM.MetadataStructureDefinition]
        public static let attribute = SDMXMM.metadataAttributeProperty
        public static let label = [SKOS.prefLabel, RDFS.label]
        public static let notation = [SKOS.notation, DCTERMS.identifier]
        public static let version = OWL.versionInfo
        public static let conceptScheme = LDS.conceptScheme
        public static let attributeLabel = [RDFS.label, SKOS.prefLabel]
        public static let number = LDS.simsNumber
        public static let order = LDS.order
        public static let concept = SDMXMM.concept
        public static let parent = SDMXMM.parent
        public static let representation = LDS.representation
        public static let codeList = LDS.codeList
        public static let presentational = SDMXMM.isPresentational
    }

    /// How an attribute's values are written.
    public enum Representation: String, Sendable, Codable, Hashable {
        case heading, richText, text, date, organisation, code

        init(iri: String?) {
            switch iri {
            case LDS.HeadingRepresentation: self = .heading
            case LDS.TextRepresentation: self = .text
            case LDS.DateRepresentation: self = .date
            case LDS.OrganisationRepresentation: self = .organisation
            case LDS.CodeRepresentation: self = .code
            default: self = .richText
            }
        }
    }

    /// One attribute of the structure.
    public struct MetadataAttribute: Sendable, Codable, Hashable {
        public var iri: String
        /// The SDMX id (`S_3_1`).
        public var id: String
        /// The SIMS number (`S.3.1`), else the id.
        public var number: String
        public var labels: LocalizedText
        public var concept: Link?
        /// The id of the parent attribute, for a sub-concept.
        public var parent: String?
        public var representation: Representation
        public var codeList: Link?
        /// A heading: it groups sub-concepts and carries no value.
        public var presentational: Bool
    }

    /// Every metadata structure of the catalog, in IRI order.
    public static func all(_ c: ViewContext) -> [MetadataStructure] {
        guard let type = c.graph.id(iri: RDFVocabulary.type) else { return [] }
        var nodes = Set<TermID>()
        for cls in Vocabulary.classes { if let id = c.graph.id(iri: cls) { nodes.formUnion(c.graph.subjects(type, id)) } }
        return nodes.filter { c.graph.kind($0) == .iri }.map { MetadataStructure(node: $0, c) }.sorted { $0.iri < $1.iri }
    }

    init(node: TermID, _ c: ViewContext) {
        iri = c.iriString(node)
        id = Vocabulary.notation.lazy.compactMap { c.string(node, $0) }.first
            ?? String(iri.split(separator: "/").last ?? "MSD")
        version = c.string(node, Vocabulary.version) ?? "1.0"
        var labels = LocalizedText()
        for p in Vocabulary.label where labels.isEmpty { labels = c.text(node, p) }
        self.labels = labels
        conceptScheme = c.links(node, Vocabulary.conceptScheme).first
        var read: [(Int, MetadataAttribute)] = []
        for a in c.objects(node, Vocabulary.attribute) where c.graph.kind(a) == .iri {
            read.append((c.int(a, Vocabulary.order) ?? Int.max, Self.attribute(a, c)))
        }
        var attributes = read.sorted { ($0.0, $0.1.iri) < ($1.0, $1.1.iri) }.map(\.1)
        let ids = Dictionary(attributes.map { ($0.iri, $0.id) }, uniquingKeysWith: { a, _ in a })
        for i in attributes.indices { attributes[i].parent = attributes[i].parent.flatMap { ids[$0] } }
        self.attributes = attributes
    }

    /// An attribute; `parent` holds the parent's IRI until the structure maps it to an id.
    static func attribute(_ a: TermID, _ c: ViewContext) -> MetadataAttribute {
        let iri = c.iriString(a)
        let id = c.string(a, SKOS.notation) ?? String(iri.split(separator: "/").last ?? "")
        var labels = LocalizedText()
        for p in Vocabulary.attributeLabel where labels.isEmpty { labels = c.text(a, p) }
        let representation = Representation(iri: c.objects(a, Vocabulary.representation).first.map(c.iriString))
        return MetadataAttribute(
            iri: iri, id: id, number: c.string(a, Vocabulary.number) ?? id, labels: labels,
            concept: c.links(a, Vocabulary.concept).first,
            parent: c.objects(a, Vocabulary.parent).first.map(c.iriString),
            representation: representation, codeList: c.links(a, Vocabulary.codeList).first,
            presentational: c.string(a, Vocabulary.presentational) == "true" || representation == .heading)
    }

    /// The attribute with this IRI.
    public func attribute(iri: String) -> MetadataAttribute? { attributes.first { $0.iri == iri } }
}
