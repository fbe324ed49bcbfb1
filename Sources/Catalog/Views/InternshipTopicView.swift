import RDF
import Store

/// An internship topic (`lds:InternshipTopic`, a schema.org job posting of type INTERN).
public struct InternshipTopicView: CatalogView {
    public static let kind = ResourceKind.internship
    public static let filterKeys = ["programme", "host"]
    public static let mappedFields = ["startDate", "labels", "descriptions", "host", "startFlexibility", "duration", "openings", "skills", "deliverables", "educationRequirements", "tools"]

    public var id: String
    public var iri: String
    public var labels: LocalizedText
    public var descriptions: LocalizedText
    public var host: Link?
    public var programme: Link?
    public var locality: String?
    public var startDate: DateValue?
    public var startFlexibility: String?
    public var duration: String?
    public var openings: Int?
    /// Skills, deliverables and requirements by language ("" = untagged).
    public var skills: [String: [String]]
    public var deliverables: [String: [String]]
    public var educationRequirements: LocalizedText
    public var tools: [String]
    public var milestones: [Milestone]

    /// A milestone of the internship or of its programme.
    public struct Milestone: Sendable, Codable {
        public var iri: String
        public var labels: LocalizedText
        public var dueWhen: LocalizedText
        public var deliverables: [String: [String]]
    }

    public init?(node: TermID, context c: ViewContext) {
        let iri = c.iriString(node)
        guard c.kind(of: node) == .internship, let id = c.id(of: iri, kind: .internship) else { return nil }
        self.id = id
        self.iri = iri
        labels = c.text(node, Self.kind, "labels")
        descriptions = c.text(node, Self.kind, "descriptions")
        host = c.links(node, Self.kind, "host").first
        let programmeNode = c.objects(node, LDS.internshipProgramme).first
        programme = programmeNode.flatMap(c.link)
        locality = c.objects(node, SchemaOrg.jobLocation).lazy
            .flatMap { c.objects($0, SchemaOrg.address) }.compactMap { c.string($0, SchemaOrg.addressLocality) }.first
        startDate = DateValue(c.literal(node, Self.kind, "startDate"))
        startFlexibility = c.string(node, Self.kind, "startFlexibility")
        duration = c.string(node, Self.kind, "duration")
        openings = c.int(node, Self.kind, "openings")
        skills = c.texts(node, Self.kind, "skills")
        deliverables = c.texts(node, Self.kind, "deliverables")
        educationRequirements = c.text(node, Self.kind, "educationRequirements")
        tools = c.texts(node, Self.kind, "tools").values.flatMap { $0 }.sorted()
        let milestoneNodes = c.objects(node, LDS.milestone) + (programmeNode.map { c.objects($0, LDS.milestone) } ?? [])
        milestones = milestoneNodes.map {
            Milestone(iri: c.iriString($0), labels: c.text($0, SchemaOrg.name), dueWhen: c.text($0, LDS.dueWhen),
                      deliverables: c.texts($0, LDS.deliverable))
        }
    }

    public func matches(_ key: String, _ value: String) -> Bool {
        switch key {
        case "programme": return linkMatches(programme, value)
        case "host": return linkMatches(host, value)
        default: return false
        }
    }
}
