import RDF
import Store
import Synchronization

/// The typed read side of one loaded catalog: list, get and search the resources the HTTP API
/// and the SDMX export serve. Views are built once per kind, on first use, and kept (the
/// dataset is immutable; a reload makes a new `CatalogViews`).
public final class CatalogViews: Sendable {
    public let context: ViewContext
    public let searchIndex: SearchIndex
    /// The views of each type with their id index, built once (by `prepare` at load time, else on first use).
    private let cache = Mutex<[ObjectIdentifier: any Sendable]>([:])

    public init(_ dataset: CatalogDataset) {
        context = ViewContext(dataset)
        searchIndex = SearchIndex(context)
    }

    /// The view types of every resource kind the API serves.
    public static let viewTypes: [any CatalogView.Type] = [
        SeriesView.self, DataflowView.self, ClassificationView.self, ConceptView.self, EventView.self,
        InternshipTopicView.self, OrganisationView.self, ProjectView.self,
        FamilyView.self, OperationSeriesView.self, OperationView.self, IndicatorView.self, QualityReportView.self,
    ]

    /// The fields a mapping may fill, for each kind (from each view type's `mappedFields`).
    public static var mappedFields: [ResourceKind: [String]] {
        Dictionary(viewTypes.map { ($0.kind, $0.mappedFields) }, uniquingKeysWith: { $0 + $1 })
    }

    /// Builds the views and id indexes of `types` now, so no request pays for them (a server calls
    /// this before putting a catalog in service).
    public func prepare(_ types: [any CatalogView.Type] = CatalogViews.viewTypes) {
        func build<V: CatalogView>(_ type: V.Type) { _ = index(type) }
        for type in types { build(type) }
    }

    /// Every view of a type, in id order.
    public func all<V: CatalogView>(_ type: V.Type) -> [V] { index(type).views }

    /// A value built once from this catalog's views and kept with them, one per type (e.g. the
    /// classification history with its indexes).
    public func derived<T: Sendable>(_ type: T.Type, _ build: (CatalogViews) -> T) -> T {
        let key = ObjectIdentifier(type)
        if let cached = cache.withLock({ $0[key] }) as? T { return cached }
        let built = build(self)
        cache.withLock { $0[key] = built }
        return built
    }

    /// The views of `V` and their positions by id.
    private func index<V: CatalogView>(_ type: V.Type) -> ViewIndex<V> {
        let key = ObjectIdentifier(type)
        if let cached = cache.withLock({ $0[key] }) as? ViewIndex<V> { return cached }
        let views = context.members(V.kind).compactMap { V(node: $0, context: context) }.sorted { $0.id < $1.id }
        let built = ViewIndex(views: views, direct: context.idBase + V.kind.pathSegment + "/")
        cache.withLock { $0[key] = built }
        return built
    }
    /// One page of the views of a type that pass every filter (keys from `V.filterKeys`).
    public func list<V: CatalogView>(_ type: V.Type, filters: [String: String] = [:], limit: Int = 50, offset: Int = 0)
        throws -> Page<V> {
        for key in filters.keys where !V.filterKeys.contains(key) {
            throw CatalogError.unsupportedFilter(kind: V.kind.rawValue, key: key, supported: V.filterKeys)
        }
        let matching = all(type).filter { v in filters.allSatisfy { v.matches($0.key, $0.value) } }
        let start = min(max(0, offset), matching.count)
        let end = start + min(max(0, limit), matching.count - start)
        return Page(items: Array(matching[start..<end]), total: matching.count, limit: limit, offset: offset)
    }

    /// The view with `id`, or nil.
    public func get<V: CatalogView>(_ type: V.Type, id: String) -> V? {
        let index = index(type)
        return index.positions[id].map { index.views[$0] }
    }

    /// Ranked search over labels (all languages, case- and accent-insensitive).
    public func search(_ query: String, kinds: Set<ResourceKind>? = nil, limit: Int = 20, offset: Int = 0) -> Page<SearchHit> {
        let hits = searchIndex.search(query, kinds: kinds)
        let start = min(max(0, offset), hits.count)
        let end = start + min(max(0, limit), hits.count - start)
        return Page(items: Array(hits[start..<end]), total: hits.count, limit: limit, offset: offset)
    }
}
