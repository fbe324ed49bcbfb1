import Catalog
import Hummingbird
import Remote

/// Serving from a SPARQL engine: before each request, reads from the engine the subgraph the route
/// needs (`RequestSubgraph`), loads it into a small snapshot and runs the request with it as the
/// catalog in service (`CatalogState.requestCatalog`), so every controller, view and serializer
/// runs unchanged. Requests that match no route read nothing.
struct RemoteCatalogMiddleware<Context: RequestContext>: RouterMiddleware {
    let remote: RemoteCatalog
    let table: RouteTable<Context>

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard !table.allowedMethods(for: path).isEmpty,
              let plan = RequestSubgraph.plan(path: path, base: remote.rewriter.to) else {
            return try await next(request, context)
        }
        let dataset = try await remote.dataset(plan)
        let served = ServedCatalog(dataset: dataset, generation: 1, loadedAt: remote.connectedAt, cacheCapacity: 0,
                                   planCapacity: 0)
        return try await CatalogState.$requestCatalog.withValue(served) {
            try await next(request, context)
        }
    }
}
