import RDF

/// The kinds of resources the catalog's typed views expose, with their IRI path segment:
/// a resource of kind k lives at `{base}id/{k.pathSegment}/{id}`.
public enum ResourceKind: String, CaseIterable, Sendable, Codable {
    case series, dataflow, classification, concept, event, internship, organisation, project
    case family, operationSeries = "operation-series", operation, indicator, qualityReport = "quality-report"

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
        case .family: return FamilyView.vocabulary.classes
        case .operationSeries: return OperationSeriesView.vocabulary.classes
        case .operation: return OperationView.vocabulary.classes
        case .indicator: return IndicatorView.vocabulary.classes
        case .qualityReport: return QualityReportView.Vocabulary.classes
        }
    }
}
