import Catalog
import Hummingbird
import Remote

/// Serving from a SPARQL engine: before each request, reads from the engine the subgraph the route
/// needs (`RequestSubgraph`), loads it into a small snapshot and runs the request with it as the
/// catalog in service (`CatalogState.requestCatalog`), so every controller, view and serializer
/// runs unchanged. Requests that match no route read nothing. An unfiltered list is paged by the
/// engine (`RequestSubgraph.enginePaged`): only its page's resources are read.
struct RemoteCatalogMiddleware<Context: RequestContext>: RouterMiddleware {
    let source: RemoteSource
    let state: CatalogState
    let table: RouteTable<Context>

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let remote = source.catalog
        guard !table.allowedMethods(for: path).isEmpty,
              let plan = RequestSubgraph.plan(path: path, base: remote.rewriter.to) else {
            return try await next(request, context)
        }
        let dataset: CatalogDataset
        var page: Page<String>?
        if let list = RequestSubgraph.enginePaged(path: path, query: request.uri.query) {
            (dataset, page) = try await remote.page(of: list.kind, limit: list.limit, offset: list.offset)
        } else {
            dataset = try await remote.dataset(plan)
        }
        // The generation in service: what is cached per generation (SDMX artefacts) is dropped by a reload.
        let served = ServedCatalog(dataset: dataset, generation: state.generation, loadedAt: remote.connectedAt,
                                   cacheCapacity: 0, planCapacity: 0)
        return try await CatalogState.$requestCatalog.withValue(served) {
            try await CatalogState.$requestPage.withValue(page) { try await next(request, context) }
        }
    }
}
