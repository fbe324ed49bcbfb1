import Catalog

/// What the REST API reads: the typed views of the catalog in service (one consistent set per request).
public protocol APIRepository: LinkedDataRepository {
    func views() -> CatalogViews
}

extension StoreRepository: APIRepository {
    public func views() -> CatalogViews { state.served.views }
}
