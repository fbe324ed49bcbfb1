import RDF
import Store
import Synchronization

/// The typed read side of one loaded catalog: list, get and search the resources the HTTP API
/// and the SDMX export serve. Views are built once per kind, on first use, and kept (the
/// dataset is immutable; a reload makes a new `CatalogViews`).
public final class CatalogViews: Sendable {
    public let context: ViewContext
    public let searchIndex: SearchIndex
    private let cache = Mutex<[ResourceKind: [any CatalogView]]>([:])

    public init(_ dataset: CatalogDataset) {
        context = ViewContext(dataset)
        searchIndex = SearchIndex(context)
    }

    /// Every view of a type, in id order.
    public func all<V: CatalogView>(_ type: V.Type) -> [V] {
        if let cached = cache.withLock({ $0[V.kind] }) { return cached.compactMap { $0 as? V } }
        let views = context.members(V.kind).compactMap { V(node: $0, context: context) }.sorted { $0.id < $1.id }
        cache.withLock { $0[V.kind] = views }
        return views
    }

    /// One page of the views of a type that pass every filter (keys from `V.filterKeys`).
    public func list<V: CatalogView>(_ type: V.Type, filters: [String: String] = [:], limit: Int = 50, offset: Int = 0)
        throws -> Page<V> {
        for key in filters.keys where !V.filterKeys.contains(key) {
            throw CatalogError.unsupportedFilter(kind: V.kind.rawValue, key: key, supported: V.filterKeys)
        }
        let matching = all(type).filter { v in filters.allSatisfy { v.matches($0.key, $0.value) } }
        let start = min(max(0, offset), matching.count)
        let end = min(matching.count, start + max(0, limit))
        return Page(items: Array(matching[start..<end]), total: matching.count, limit: limit, offset: offset)
    }

    /// The view with `id`, or nil.
    public func get<V: CatalogView>(_ type: V.Type, id: String) -> V? {
        if let cached = cache.withLock({ $0[V.kind] }) {
            return cached.lazy.compactMap { $0 as? V }.first { $0.id == id }
        }
        let iri = context.iri(of: id, kind: V.kind)
        guard let node = context.graph.id(iri: iri) else { return nil }
        return V(node: node, context: context)
    }

    /// Ranked search over labels (all languages, case- and accent-insensitive).
    public func search(_ query: String, kinds: Set<ResourceKind>? = nil, limit: Int = 20, offset: Int = 0) -> Page<SearchHit> {
        let hits = searchIndex.search(query, kinds: kinds)
        let start = min(max(0, offset), hits.count)
        let end = min(hits.count, start + max(0, limit))
        return Page(items: Array(hits[start..<end]), total: hits.count, limit: limit, offset: offset)
    }
}
