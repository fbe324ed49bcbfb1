import Catalog
import Foundation
import Store

/// One catalog as served: the loaded dataset and its typed views, never changed once built.
public struct ServedCatalog: Sendable {
    public let dataset: CatalogDataset
    public let views: CatalogViews
    /// 1 for the first catalog, +1 on every successful reload.
    public let generation: Int
    public let loadedAt: Date
    /// `loadedAt` in ISO 8601, formatted once (a date formatter per request costs more than the request).
    public let loadedAtText: String

    public init(dataset: CatalogDataset, generation: Int, loadedAt: Date = Date()) {
        self.dataset = dataset
        self.views = CatalogViews(dataset)
        views.prepare()
        self.generation = generation
        self.loadedAt = loadedAt
        self.loadedAtText = ISO8601DateFormatter().string(from: loadedAt)
    }

    public var snapshot: StoreSnapshot { dataset.snapshot }
}
