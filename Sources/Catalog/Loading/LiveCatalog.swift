import Store
import Synchronization

/// The catalog in service: the current `CatalogDataset`, replaced atomically by `reload`.
/// A reload that fails leaves the dataset in service untouched (nothing half-loaded).
public final class LiveCatalog: Sendable {
    private let current: Mutex<CatalogDataset>
    public let loader: CatalogLoader

    /// Loads the catalog once; throws when that first load fails.
    public init(loader: CatalogLoader) throws {
        self.loader = loader
        current = Mutex(try loader.load())
    }

    /// The dataset in service now (keep it for the whole of one request).
    public var dataset: CatalogDataset { current.withLock { $0 } }

    /// Loads again from disk and swaps the new dataset in; returns it.
    @discardableResult
    public func reload() throws -> CatalogDataset {
        let fresh = try loader.load()
        current.withLock { $0 = fresh }
        return fresh
    }
}
