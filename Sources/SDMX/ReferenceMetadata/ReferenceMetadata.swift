import Catalog
import RDF
import Store

/// The catalog's reference metadata in SDMX terms: its metadata structure definitions (with the
/// metadataflow each is reported through) and one metadata set per quality report.
///
/// - A structure is identified like any artefact (`IdentityResolver`: agency from its publisher's
///   notation, id from its notation, version from `owl:versionInfo`); its metadataflow is
///   `MDF_{id}`. Attributes nest under their parent; headings are presentational; rich text is
///   `XHTML`, dates `GregorianDay`, organisations and texts `String`, codes enumerate their code list.
/// - A metadata set has the report's id, the structure's agency and version 1.0, and as targets
///   the dataflows its target produces (SDMX-ML 3.0 targets maintainable artefacts; a report whose
///   target produces no dataflow is not published as SDMX).
public struct ReferenceMetadata: Sendable {
    public var structures: [MetadataStructureArtefact]
    public var sets: [MetadataSetArtefact]

    public init(structures: [MetadataStructureArtefact], sets: [MetadataSetArtefact]) {
        self.structures = structures
        self.sets = sets
    }

    /// The reference metadata of a catalog.
    public init(_ views: CatalogViews) {
        let c = views.context
        let graph = GraphReader(c.graph.snapshot)
        let identities = IdentityResolver(graph: graph)
        var byIRI: [String: MetadataStructureArtefact] = [:]
        structures = MetadataStructure.all(c).map { msd in
            let artefact = MetadataStructureArtefact(msd, graph: graph, identities: identities)
            byIRI[msd.iri] = artefact
            return artefact
        }
        let fallback = structures.first
        sets = views.all(QualityReportView.self).compactMap { report in
            guard let structure = report.structure.flatMap({ byIRI[$0.iri] }) ?? fallback else { return nil }
            let targets = Self.dataflows(of: report.target, views).map { flow in
                "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + Self.urnBody(identities.identity(of: .iri(flow)))
            }
            guard !targets.isEmpty else { return nil }
            return MetadataSetArtefact(report, structure: structure, targets: targets)
        }.sorted { $0.id < $1.id }
    }

    /// `AGENCY:ID(VERSION)`.
    static func urnBody(_ i: MaintainableIdentity) -> String { "\(i.agencyID):\(i.id)(\(i.version))" }

    /// The IRIs of the dataflows a report's target produces: a series' dataflows; an operation's
    /// series' dataflows; an indicator's series' dataflows and the dataflows it sees also.
    static func dataflows(of target: Link?, _ views: CatalogViews) -> [String] {
        guard let target, let id = target.id else { return [] }
        func ofSeries(_ id: String?) -> [String] {
            id.flatMap { views.get(OperationSeriesView.self, id: $0) }?.dataflows.map(\.iri) ?? []
        }
        var out: [String] = []
        switch target.kind {
        case .some(.operationSeries): out = ofSeries(id)
        case .some(.operation): out = ofSeries(views.get(OperationView.self, id: id)?.series?.id)
        case .some(.indicator):
            if let indicator = views.get(IndicatorView.self, id: id) {
                out = indicator.producedFrom.flatMap { ofSeries($0.id) } + indicator.seeAlso.filter { $0.kind == .dataflow }.map(\.iri)
            }
        default: out = []
        }
        return Array(Set(out)).sorted()
    }

    /// The structure with this identity's agency, id and version (`*` or nil: any; `~`, `+`, `latest`: any version).
    public func structures(agency: String?, id: String?, version: String?) -> [MetadataStructureArtefact] {
        structures.filter {
            Self.matches(agency, $0.identity.agencyID) && Self.matches(id, $0.identity.id)
                && (Self.isLatest(version) || Self.matches(version, $0.identity.version))
        }
    }

    /// The metadata sets with this provider (the structure's agency), id and version.
    public func sets(provider: String?, id: String?, version: String?) -> [MetadataSetArtefact] {
        sets.filter {
            Self.matches(provider, $0.agencyID) && Self.matches(id, $0.id)
                && (Self.isLatest(version) || Self.matches(version, $0.version))
        }
    }

    /// True for the REST "latest" selectors (`~`, `+`, `latest`).
    public static func isLatest(_ v: String?) -> Bool { v == "~" || v == "+" || v == "latest" }

    /// `nil`, `*` and `all` match anything; otherwise one of the comma- or plus-separated values.
    public static func matches(_ selector: String?, _ value: String) -> Bool {
        guard let selector, selector != "*", selector != "all" else { return true }
        return selector.split(whereSeparator: { $0 == "," || $0 == "+" }).contains { $0 == value }
    }
}
