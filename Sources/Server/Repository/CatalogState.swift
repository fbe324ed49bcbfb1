import Catalog
import Foundation
import Store
import Synchronization

/// The catalog in service, swapped atomically: a request takes one `ServedCatalog` and keeps it
/// for its whole answer; a reload builds the next one beside it and swaps it in.
public final class CatalogState: Sendable {
    private let current: Mutex<ServedCatalog>
    /// Entries of each served catalog's representation cache.
    public let cacheCapacity: Int
    /// Entries of each served catalog's cache of SPARQL plans.
    public let planCapacity: Int

    public init(dataset: CatalogDataset, cacheCapacity: Int = ServedCatalog.defaultCacheCapacity,
                planCapacity: Int = ServedCatalog.defaultQueryCacheCapacity) {
        self.cacheCapacity = cacheCapacity
        self.planCapacity = planCapacity
        current = Mutex(ServedCatalog(dataset: dataset, generation: 1, cacheCapacity: cacheCapacity,
                                      planCapacity: planCapacity))
    }

    /// The catalog one request reads when the server reads a remote engine: the subgraph the
    /// request needs, set around the request by `RemoteCatalogMiddleware` (nil otherwise).
    @TaskLocal public static var requestCatalog: ServedCatalog?

    /// Serving from a SPARQL engine, the page of an unfiltered list the engine paged for this request
    /// (the page's IRIs in list order and the list's size), set with `requestCatalog`, which then holds
    /// only that page's subgraph (nil otherwise: lists page the views themselves).
    @TaskLocal public static var requestPage: Page<String>?

    /// The catalog in service now (the request's own subgraph when serving from an engine).
    public var served: ServedCatalog { Self.requestCatalog ?? current.withLock { $0 } }

    /// The generation of the catalog in service (not of a request's own subgraph).
    public var generation: Int { current.withLock { $0.generation } }

    /// The base every resource IRI is under.
    public var baseIRI: String { served.dataset.base }

    /// Puts `dataset` in service (its views are built before the swap); returns the new generation.
    /// Callers serialize replacements (`CatalogReloader` does).
    @discardableResult
    public func replace(with dataset: CatalogDataset) -> Int {
        let generation = current.withLock { $0.generation } + 1
        let next = ServedCatalog(dataset: dataset, generation: generation, cacheCapacity: cacheCapacity,
                                 planCapacity: planCapacity)
        current.withLock { $0 = next }
        return generation
    }
}
