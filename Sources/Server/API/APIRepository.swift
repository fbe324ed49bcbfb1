import Catalog

/// What the REST API reads: the typed views of the catalog in service (one consistent set per request).
public protocol APIRepository: LinkedDataRepository {
    func views() -> CatalogViews
    /// The representation stored under `key` for the catalog in service, else the one `make`
    /// builds from that catalog's views (kept unless a reload happened meanwhile); nil when
    /// `make` finds nothing.
    func representation(_ key: String, make: (CatalogViews) throws -> Representation?) throws -> Representation?
    /// The page of an unfiltered list already chosen for this request (serving from a SPARQL engine,
    /// which pages lists itself): its IRIs in list order and the list's size; nil when the views page.
    func pagedByEngine() -> Page<String>?
}

extension StoreRepository: APIRepository {
    public func views() -> CatalogViews { state.served.views }

    public func pagedByEngine() -> Page<String>? { CatalogState.requestPage }

    public func representation(_ key: String, make: (CatalogViews) throws -> Representation?) throws -> Representation? {
        let served = state.served
        if let hit = served.representations.get(key) { return hit }
        guard let made = try make(served.views) else { return nil }
        if state.served.generation == served.generation { served.representations.put(key, made) }
        return made
    }
}
