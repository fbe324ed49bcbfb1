import Catalog
import Foundation
import SPARQL
import Store

/// One catalog as served: the loaded dataset and its typed views, never changed once built.
public struct ServedCatalog: Sendable {
    public let dataset: CatalogDataset
    public let views: CatalogViews
    /// 1 for the first catalog, +1 on every successful reload.
    public let generation: Int
    /// Enough for every REST detail of a catalog of a few thousand resources in both languages.
    public static let defaultCacheCapacity = 8192
    public let loadedAt: Date
    /// `loadedAt` in ISO 8601, formatted once (a date formatter per request costs more than the request).
    public let loadedAtText: String
    /// Answers encoded from this catalog (REST details), dropped with it on reload.
    public let representations: BoundedCache<Representation>
    /// SPARQL queries planned for this catalog's store (the plan depends on its statistics), by
    /// query text and protocol dataset; dropped with the catalog on reload.
    public let plans: BoundedCache<PreparedQuery>
    /// Default number of parsed queries and of plans kept.
    public static let defaultQueryCacheCapacity = 4096

    public init(dataset: CatalogDataset, generation: Int, loadedAt: Date = Date(),
                cacheCapacity: Int = ServedCatalog.defaultCacheCapacity,
                planCapacity: Int = ServedCatalog.defaultQueryCacheCapacity) {
        self.dataset = dataset
        self.views = CatalogViews(dataset)
        views.prepare()
        self.generation = generation
        self.loadedAt = loadedAt
        self.loadedAtText = ISO8601DateFormatter().string(from: loadedAt)
        self.representations = BoundedCache<Representation>(capacity: cacheCapacity)
        self.plans = BoundedCache<PreparedQuery>(capacity: planCapacity)
    }

    public var snapshot: StoreSnapshot { dataset.snapshot }
}
