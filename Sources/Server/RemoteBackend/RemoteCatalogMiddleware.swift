import Catalog
import Hummingbird
import Remote

/// Serving from a SPARQL engine: before each request, reads from the engine the subgraph the route
/// needs (`RemoteRequestReader`), loads it into a small snapshot and runs the request with it as the
/// catalog in service (`CatalogState.requestCatalog`), so every controller, view and serializer
/// runs unchanged. Requests that match no route read nothing. An unfiltered list is paged by the
/// engine (`RequestSubgraph.enginePaged`): only its page's resources are read. A request naming
/// an IRI no query can hold is not found (404, the embedded store's problem), without asking the engine.
struct RemoteCatalogMiddleware<Context: RequestContext>: RouterMiddleware {
    let source: RemoteSource
    let state: CatalogState
    let table: RouteTable<Context>

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard !table.allowedMethods(for: path).isEmpty else { return try await next(request, context) }
        // Parameters outside their constraints are refused before the engine is asked anything.
        let method = request.method == .head ? "GET" : request.method.rawValue
        if let doc = table.doc(method: method, path: path), !doc.validatedByHandler {
            try RequestValidation.validate(request, pathParameters: { context.parameters.get($0) }, against: doc)
        }
        let remote = source.catalog
        let dataset: CatalogDataset
        var page: Page<String>?
        switch try await RemoteRequestReader(remote: remote).read(path: path, query: request.uri.query,
                                                                  reserved: table.reservedSegments) {
        case .notRead: return try await next(request, context)
        case .unaskable: throw ServerError.notFound(path: path)
        case .read(let read, let paged): (dataset, page) = (read, paged)
        }
        // The generation in service: what is cached per generation (SDMX artefacts) is dropped by a reload.
        let served = ServedCatalog(dataset: dataset, generation: state.generation, loadedAt: remote.connectedAt,
                                   cacheCapacity: 0, planCapacity: 0)
        return try await CatalogState.$requestCatalog.withValue(served) {
            try await CatalogState.$requestPage.withValue(page) { try await next(request, context) }
        }
    }
}
