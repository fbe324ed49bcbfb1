import RDF
import Store

/// An event: a seminar, a training session, a series of events, or one talk of a programme.
public struct EventView: CatalogView {
    public static let kind = ResourceKind.event
    public static let filterKeys = ["format", "parent", "organizer", "speaker", "type"]
    public static let mappedFields = ["startDate", "endDate", "labels", "descriptions", "format", "dateAsStated", "duration", "position", "organizers", "speakers", "contributors", "about", "parent"]

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var descriptions: LocalizedText
    /// `Event`, `EducationEvent` or `EventSeries` (schema.org local names).
    public var types: [String]
    public var format: Link?
    public var startDate: DateValue?
    public var endDate: DateValue?
    /// The date as the source states it, when it has no full date.
    public var dateAsStated: LocalizedText
    public var duration: String?
    public var position: Int?
    public var organizers: [Link]
    public var speakers: [Link]
    public var contributors: [Link]
    public var about: [Link]
    public var parent: Link?
    /// The talks or sessions of the event, in programme order.
    public var talks: [Talk]

    /// One sub-event with its speakers.
    public struct Talk: Sendable, Codable {
        public var event: Link
        public var position: Int?
        public var speakers: [Link]
    }

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .event, let id = c.id(of: iri, kind: .event) else { return nil }
        self.id = id
        self.iri = iri
        labels = c.text(node, Self.kind, "labels")
        descriptions = c.text(node, Self.kind, "descriptions")
        types = c.objects(node, RDFVocabulary.type).map(c.iriString).filter { $0.hasPrefix(SchemaOrg.namespace) }
            .map { String($0.dropFirst(SchemaOrg.namespace.count)) }.sorted()
        format = c.links(node, Self.kind, "format").first
        startDate = DateValue(c.literal(node, Self.kind, "startDate"))
        endDate = DateValue(c.literal(node, Self.kind, "endDate"))
        dateAsStated = c.text(node, Self.kind, "dateAsStated")
        duration = c.string(node, Self.kind, "duration")
        position = c.int(node, Self.kind, "position")
        organizers = c.links(node, Self.kind, "organizers")
        speakers = c.links(node, Self.kind, "speakers")
        contributors = c.links(node, Self.kind, "contributors")
        about = c.links(node, Self.kind, "about")
        parent = c.links(node, Self.kind, "parent").first
        let subs = Set(c.objects(node, SchemaOrg.subEvent) + c.subjects(SchemaOrg.superEvent, node))
        talks = subs.compactMap { sub in
            c.link(sub).map { Talk(event: $0, position: c.int(sub, SchemaOrg.position), speakers: c.links(sub, SchemaOrg.performer)) }
        }.sorted { ($0.position ?? Int.max, $0.event.iri) < ($1.position ?? Int.max, $1.event.iri) }
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "format": return linkMatches(format, value)
        case "parent": return value == "none" ? parent == nil : linkMatches(parent, value)
        case "organizer": return organizers.contains { linkMatches($0, value) }
        case "speaker": return speakers.contains { linkMatches($0, value) }
        case "type": return types.contains(value)
        default: return false
        }
    }
}
