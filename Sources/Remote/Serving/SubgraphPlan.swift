import Catalog
import RDF

/// What part of the catalog one request needs from the engine: where to start (seeds), how far to
/// follow links outward (depth), and which links to follow backwards from the seeds.
///
/// Round 0 reads the seeds' triples (with their blank nodes and RDF lists); round k reads the
/// triples of every IRI met in round k-1, up to `depth`. Links that fan out (a dataflow's series, a
/// level's members) are only followed from the seeds, so a series page never drags in its siblings.
public struct SubgraphPlan: Sendable, Hashable {
    public enum Seeds: Sendable, Hashable {
        /// These resources.
        case iris([String])
        /// Every resource of these kinds (one SELECT of the members first).
        case kinds([ResourceKind])
        /// What the search index reads of every resource of these kinds — types, labels, alternative
        /// labels, notations — in one CONSTRUCT.
        case searchable([ResourceKind])
        /// Everything but the series (the structural part: dataflows, structures, code lists,
        /// concepts, organisations, catalog records) in one CONSTRUCT.
        case structural
    }

    public enum Inverse: Sendable, Hashable {
        /// No backward link.
        case none
        /// Triples `?x p seed` for these predicates (what the typed views read backwards).
        case predicates([String])
        /// Every triple pointing at a seed (the HTML page lists what links to a resource).
        case all
    }

    public var seeds: Seeds
    public var depth: Int
    public var inverse: Inverse
    /// Further subgraphs the request reads too (their triples are merged).
    public var also: [SubgraphPlan]

    public init(seeds: Seeds, depth: Int, inverse: Inverse, also: [SubgraphPlan] = []) {
        self.seeds = seeds
        self.depth = depth
        self.inverse = inverse
        self.also = also
    }

    /// The IRIs this plan and those it reads too start from (the request's, for a resource or a view).
    public var seedIRIs: [String] {
        var out: [String] = []
        if case .iris(let iris) = seeds { out = iris }
        for other in also { out += other.seedIRIs }
        return out
    }

    /// Whether every seed IRI can be written in a query (`SPARQLTerms.isIRIRef`). When one cannot,
    /// nothing in the catalog has it (every loaded IRI is valid), so nothing is asked of the engine.
    public var isAskable: Bool { seedIRIs.allSatisfy(SPARQLTerms.isIRIRef) }

    /// The predicates the typed views (`Catalog/Views`) read backwards: series → dataflow,
    /// scheme → items, event → sub-events, organisation → units, members, links, successors.
    public static let viewInversePredicates = [
        QB.slice, SKOS.inScheme, XKOS.compares, SchemaOrg.superEvent, ORG.subOrganizationOf, ORG.unitOf,
        ORG.memberOf, ORG.linkedTo, ORG.resultingOrganization, ORG.originalOrganization,
    ]

    /// Predicates whose objects are only followed from a seed: they fan out to many resources.
    public static let fanOutPredicates: Set<String> = [QB.slice, SKOS.member, SKOS.hasTopConcept, SKOS.narrower]

    /// How far the typed views look from a resource: dataflow → structure → component
    /// specification → component → its code list and concept, whose labels are shown.
    public static let viewDepth = 5

    /// A resource's description for linked data: its triples and what its links are called.
    public static func resource(_ iri: String) -> SubgraphPlan {
        SubgraphPlan(seeds: .iris([iri]), depth: 1, inverse: .all)
    }

    /// What the typed view of one resource reads (any of `iris`: the candidates for one id).
    public static func view(_ iris: [String]) -> SubgraphPlan {
        SubgraphPlan(seeds: .iris(iris), depth: viewDepth, inverse: .predicates(viewInversePredicates))
    }

    /// What the typed views of every resource of `kinds` read.
    public static func views(of kinds: [ResourceKind]) -> SubgraphPlan {
        SubgraphPlan(seeds: .kinds(kinds), depth: viewDepth, inverse: .predicates(viewInversePredicates))
    }

    /// The labels, notations and types of every resource of `kinds` (search and its index).
    public static func labels(of kinds: [ResourceKind]) -> SubgraphPlan {
        SubgraphPlan(seeds: .kinds(kinds), depth: 0, inverse: .none)
    }

    /// What full-text search reads (`SearchIndex`): the label triples of every resource of `kinds`.
    public static func searchIndex(of kinds: [ResourceKind]) -> SubgraphPlan {
        SubgraphPlan(seeds: .searchable(kinds), depth: 0, inverse: .none)
    }

    public static let structural = SubgraphPlan(seeds: .structural, depth: 0, inverse: .none)

    /// The DCAT-AP description: the dataflows and classifications it describes as datasets, the
    /// members of every kind (it counts them per collection) and the structural part (the catalog
    /// record, publishers, themes).
    public static let catalogDescription = SubgraphPlan(
        seeds: .kinds([.dataflow, .classification]), depth: viewDepth, inverse: .predicates(viewInversePredicates),
        also: [.labels(of: ResourceKind.allCases), .structural])
}
