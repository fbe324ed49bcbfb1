import RDF
import Store

extension SDMXMapping {
    /// The SDMX artefact each catalog resource maps to, by IRI: concept schemes as codelists,
    /// concept schemes or category schemes (by the role `structureMessage` gives them), dataflows
    /// and data structures, each with the identity the structure message uses. Cheap: builds no
    /// items. Used to link other descriptions (DCAT-AP) to the SDMX REST API.
    public static func artefactReferences(from snapshot: StoreSnapshot,
                                          dataflowClasses: [String] = [LDS.Dataflow]) -> [String: ArtefactReference] {
        var m = CatalogMapper(GraphReader(snapshot), dataflowClasses: dataflowClasses)
        var out: [String: ArtefactReference] = [:]
        for scheme in m.conceptSchemesInCatalog {
            guard let iri = scheme.iriValue else { continue }
            let type: ArtefactType = switch m.role(of: scheme) {
            case .codelist: .codelist
            case .conceptScheme: .conceptScheme
            case .categoryScheme: .categoryScheme
            }
            out[iri] = ArtefactReference(type, m.identity(of: scheme))
        }
        let flows = m.dataflowsInCatalog
        for flow in flows { if let iri = flow.iriValue { out[iri] = ArtefactReference(.dataflow, m.identity(of: flow)) } }
        let structures = m.graph.instances(of: QB.DataStructureDefinition)
            + m.graph.instances(of: SDMXRDFTerms.DataStructureDefinition)
        for dsd in structures { if let iri = dsd.iriValue { out[iri] = ArtefactReference(.dataStructure, m.identity(of: dsd)) } }
        return out
    }
}
