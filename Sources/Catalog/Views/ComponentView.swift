import RDF
import Store

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
