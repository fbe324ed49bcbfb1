import RDF

/// The kinds of resources the catalog's typed views expose, with their IRI path segment:
/// a resource of kind k lives at `{base}id/{k.pathSegment}/{id}`, or where its mapping's
/// `map:idPattern` finds it. Which classes make a kind is the vocabulary mapping's to say.
public enum ResourceKind: String, CaseIterable, Sendable, Codable {
    case series, dataflow, classification, concept, event, internship, organisation, project
    case family, operationSeries = "operation-series", operation, indicator, qualityReport = "quality-report"

    public var pathSegment: String { rawValue }

    /// The classes of this kind in the packaged default mapping (`Ontologies/mappings/lodestat.ttl`);
    /// what remote mode queries an engine with. Views read `ViewContext.mapping` instead.
    public var classes: [String] { VocabularyMapping.packaged?.classes(self) ?? [] }
}
