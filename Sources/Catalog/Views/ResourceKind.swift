import RDF

/// The kinds of resources the catalog's typed views expose, with their IRI path segment:
/// a resource of kind k lives at `{base}id/{k.pathSegment}/{id}`.
public enum ResourceKind: String, CaseIterable, Sendable, Codable {
    case series, dataflow, classification, concept, event, internship, organisation, project

    public var pathSegment: String { rawValue }

    /// The classes whose instances are of this kind (subclasses are not inferred).
    public var classes: [String] {
        switch self {
        case .series: return [LDS.TimeSeries]
        case .dataflow: return [LDS.Dataflow]
        case .classification: return [SKOS.ConceptScheme]
        case .concept: return [SKOS.Concept]
        case .event: return [SchemaOrg.Event, SchemaOrg.EducationEvent, SchemaOrg.EventSeries]
        case .internship: return [LDS.InternshipTopic]
        case .organisation: return [ORG.Organization, ORG.FormalOrganization, ORG.OrganizationalUnit]
        case .project: return [LDS.Project]
        }
    }
}

/// A link from one view to another resource, with that resource's labels.
public struct Link: Sendable, Hashable, Codable {
    public var iri: String
    /// The kind when the target is a resource with a view.
    public var kind: ResourceKind?
    /// The target's id: for a kind, as in its view; otherwise the path after `{base}id/`
    /// (e.g. `person/elise-coudin`); nil outside the base.
    public var id: String?
    public var labels: LocalizedText
    public var notation: String?
}

/// One page of a list.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// Items matching the filters, before paging.
    public var total: Int
    public var limit: Int
    public var offset: Int
}

extension Page: Encodable where Item: Encodable {}
