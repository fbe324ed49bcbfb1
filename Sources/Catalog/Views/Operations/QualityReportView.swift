import RDF
import Store

/// A quality report (`sdmx-mm:MetadataReport`, ESS SIMS): its target (a series, operation or
/// indicator), its structure, its dates and its reported attributes in the structure's order.
/// Values are read from the report itself and, as in RMéS, from nodes that point to it with
/// `sdmx-mm:metadataReport`.
public struct QualityReportView: CatalogView {
    public static let kind = ResourceKind.qualityReport
    public static let filterKeys = ["target", "structure"]
    /// Only the classes are mapped (`map:quality-report map:class …`): reports are read with the
    /// SDMX metadata-model vocabulary (`Vocabulary`), the same in every model.
    public static let mappedFields: [String] = []

    /// The terms this view reads.
    public enum Vocabulary {
        public static let classes = [SDMXMM.MetadataReport]
        public static let label = [RDFS.label, SKOS.prefLabel, DCTERMS.title]
        public static let target = SDMXMM.target
        public static let structure = SDMXMM.metadataStructureDefinition
        /// RMéS: the node that carries the values points to its report.
        public static let valuesOf = SDMXMM.metadataReport
        public static let created = DCTERMS.created
        public static let modified = DCTERMS.modified
        /// The report's own properties; any other property on it is a reported attribute.
        public static let reportProperties: Set<String> = [
            RDFVocabulary.type, RDFS.label, SKOS.prefLabel, DCTERMS.title, SDMXMM.target, SDMXMM.metadataStructureDefinition,
            SDMXMM.metadataReport, DCTERMS.created, DCTERMS.modified, DCTERMS.source, DCTERMS.identifier, OWL.sameAs,
        ]
    }

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var target: Link?
    public var structure: Link?
    public var created: DateValue?
    public var modified: DateValue?
    public var attributes: [ReportedAttribute]

    /// One reported attribute and its value.
    public struct ReportedAttribute: Sendable, Codable, Hashable {
        /// The attribute's SDMX id (`S_3_1`) and SIMS number (`S.3.1`).
        public var id: String
        public var number: String
        public var iri: String
        public var labels: LocalizedText
        /// The id of the parent attribute, for a sub-concept.
        public var parent: String?
        public var representation: MetadataStructure.Representation
        /// Plain or rich text (an XHTML fragment) per language: literals, or RMéS `dcmitype:Text`
        /// nodes (`RichTextNode`).
        public var texts: LocalizedText?
        /// A date (`xsd:date` lexical form).
        public var date: String?
        /// An organisation or a code.
        public var link: Link?
    }

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .qualityReport, let id = c.id(of: iri, kind: .qualityReport) else { return nil }
        self.id = id
        self.iri = iri
        var labels = LocalizedText()
        for p in Vocabulary.label where labels.isEmpty { labels = c.text(node, p) }
        self.labels = labels
        target = c.links(node, Vocabulary.target).first
        structure = c.links(node, Vocabulary.structure).first
        created = DateValue(c.literal(node, Vocabulary.created))
        modified = DateValue(c.literal(node, Vocabulary.modified))
        let structures = MetadataStructure.all(c)
        let structureIRI = structure?.iri
        let msd = structures.first { $0.iri == structureIRI } ?? structures.first
        var found: [(Int, ReportedAttribute)] = []
        let position = Dictionary((msd?.attributes ?? []).enumerated().map { ($1.iri, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for holder in [node] + c.subjects(Vocabulary.valuesOf, node) {
            c.graph.match(holder, nil, nil) { _, p, _ in
                let pIRI = c.iriString(p)
                guard !Vocabulary.reportProperties.contains(pIRI), seen.insert(pIRI).inserted else { return }
                let attribute = msd?.attribute(iri: pIRI) ?? MetadataStructure.attribute(p, c)
                found.append((position[pIRI] ?? Int.max, QualityReportView.reported(attribute, holder, p, c)))
            }
        }
        attributes = found.sorted { ($0.0, $0.1.iri) < ($1.0, $1.1.iri) }.map(\.1)
    }

    static func reported(_ a: MetadataStructure.MetadataAttribute, _ holder: TermID, _ p: TermID, _ c: ViewContext)
        -> ReportedAttribute {
        var out = ReportedAttribute(id: a.id, number: a.number, iri: a.iri, labels: a.labels, parent: a.parent,
                                    representation: a.representation)
        let values = c.graph.objects(holder, p)
        switch a.representation {
        case .date: out.date = values.lazy.compactMap { c.graph.term($0).literalValue?.lexicalForm }.first
        case .organisation, .code: out.link = values.lazy.compactMap(c.link).first
        case .text, .richText, .heading:
            var text = LocalizedText()
            for v in values {
                if let l = c.graph.term(v).literalValue {
                    text.add(l.lexicalForm, language: l.language)
                } else if RichTextNode.isTextNode(v, c) {  // RMéS: a dcmitype:Text node per language
                    for (html, language) in RichTextNode.texts(v, c) { text.add(html, language: language) }
                }
            }
            out.texts = text
        }
        return out
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "target": return linkMatches(target, value)
        case "structure": return linkMatches(structure, value)
        default: return false
        }
    }
}
