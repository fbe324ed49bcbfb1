import RDF
import Store

/// The classes and properties the operation views read, in one table per view, so that a vocabulary
/// mapping can replace them (issue #18 part A). Each view reads only the terms of its table.
public struct OperationVocabulary: Sendable {
    /// The classes whose instances make the kind.
    public var classes: [String]
    /// Label properties, first found wins.
    public var label: [String] = [SKOS.prefLabel, DCTERMS.title, RDFS.label]
    public var altLabel = SKOS.altLabel
    /// Summary texts (RMéS `dcterms:abstract`; `dcterms:description` in the project's own files).
    public var abstract = [DCTERMS.abstract, DCTERMS.description]
    public var historyNote = SKOS.historyNote
    /// Parts (family → series, series → operations), read both ways with `isPartOf`.
    public var hasPart = DCTERMS.hasPart
    /// A family's series, as the project's first files stated them.
    public var member = SKOS.member
    public var isPartOf = DCTERMS.isPartOf
    /// An indicator's producing series.
    public var producedFrom = PROV.wasGeneratedBy
    public var replaces = DCTERMS.replaces
    public var isReplacedBy = DCTERMS.isReplacedBy
    public var seeAlso = RDFS.seeAlso
    public var creator = DCTERMS.creator
    public var contributor = DCTERMS.contributor
    public var publisher = DCTERMS.publisher
    public var periodicity = DCTERMS.accrualPeriodicity
    /// A quality report's target (read inversely from the resource).
    public var reportTarget = SDMXMM.target

    public static let family = OperationVocabulary(classes: [LDS.StatisticalOperationFamily])
    public static let series = OperationVocabulary(classes: [LDS.StatisticalOperationSeries])
    public static let operation = OperationVocabulary(classes: [LDS.StatisticalOperation])
    public static let indicator = OperationVocabulary(classes: [LDS.StatisticalIndicator])
}

/// What families, series, operations and indicators share: labels, texts, the organisations behind
/// them, succession, see-also links, periodicity and quality reports.
public struct OperationDescription: Sendable, Codable, Hashable {
    public var labels: LocalizedText
    public var altLabels: [String: [String]]
    public var abstracts: LocalizedText
    public var historyNotes: LocalizedText
    public var creators: [Link]
    public var contributors: [Link]
    public var publishers: [Link]
    /// What this resource replaces, and what replaces it (stated either way round).
    public var replaces: [Link]
    public var replacedBy: [Link]
    public var seeAlso: [Link]
    public var periodicity: Link?
    /// The quality reports whose target this resource is.
    public var qualityReports: [Link]

    init(_ node: TermID, _ c: ViewContext, _ v: OperationVocabulary) {
        var labels = LocalizedText()
        for p in v.label where labels.isEmpty { labels = c.text(node, p) }
        self.labels = labels
        altLabels = c.texts(node, v.altLabel)
        var abstracts = LocalizedText()
        for p in v.abstract where abstracts.isEmpty { abstracts = c.text(node, p) }
        self.abstracts = abstracts
        historyNotes = c.text(node, v.historyNote)
        creators = c.links(node, v.creator)
        contributors = c.links(node, v.contributor)
        publishers = c.links(node, v.publisher)
        replaces = Links.unique(c.links(node, v.replaces) + c.inverseLinks(v.isReplacedBy, node))
        replacedBy = Links.unique(c.links(node, v.isReplacedBy) + c.inverseLinks(v.replaces, node))
        seeAlso = c.links(node, v.seeAlso)
        periodicity = c.links(node, v.periodicity).first
        qualityReports = c.inverseLinks(v.reportTarget, node).filter { $0.kind == .qualityReport }
    }
}

/// Small operations on lists of links.
enum Links {
    /// Each IRI once, in IRI order.
    static func unique(_ links: [Link]) -> [Link] {
        var seen = Set<String>()
        return links.filter { seen.insert($0.iri).inserted }.sorted { $0.iri < $1.iri }
    }

    /// The links of one kind.
    static func of(_ kind: ResourceKind, _ links: [Link]) -> [Link] { unique(links.filter { $0.kind == kind }) }
}
