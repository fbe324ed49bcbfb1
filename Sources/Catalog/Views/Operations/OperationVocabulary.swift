import RDF
import Store

/// The fields of the operation views (families, operation series, operations, indicators) that a
/// vocabulary mapping fills: `map:{field}` of `map:family`, `map:operation-series`, `map:operation`
/// and `map:indicator` (docs/mappings.md; the project's own model in Ontologies/mappings/lodestat.ttl).
/// `isPartOf`, `isReplacedBy`, `producedFrom` and `reportTarget` are also read from the other side:
/// a series is a family's part when the family `hasPart` it or it `isPartOf` the family; a quality
/// report is a resource's when the report's `reportTarget` is that resource.
public enum OperationFields {
    public static let mapped = [
        "labels", "altLabels", "abstracts", "historyNotes", "hasPart", "members", "isPartOf", "producedFrom",
        "replaces", "isReplacedBy", "seeAlso", "creators", "contributors", "publishers", "periodicity", "reportTarget",
    ]
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

    init(_ node: TermID, _ c: ViewContext, _ kind: ResourceKind) {
        labels = c.text(node, kind, "labels")
        altLabels = c.texts(node, kind, "altLabels")
        abstracts = c.text(node, kind, "abstracts")
        historyNotes = c.text(node, kind, "historyNotes")
        creators = c.links(node, kind, "creators")
        contributors = c.links(node, kind, "contributors")
        publishers = c.links(node, kind, "publishers")
        replaces = Links.unique(c.links(node, kind, "replaces") + c.inverseLinks(kind, "isReplacedBy", node))
        replacedBy = Links.unique(c.links(node, kind, "isReplacedBy") + c.inverseLinks(kind, "replaces", node))
        seeAlso = c.links(node, kind, "seeAlso")
        periodicity = c.links(node, kind, "periodicity").first
        qualityReports = c.inverseLinks(kind, "reportTarget", node).filter { $0.kind == .qualityReport }
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
