import Hummingbird
import Logging

/// The request context of every Lodestat route.
public typealias AppRequestContext = BasicRequestContext

/// The application serving `state` as configured, with reload on SIGHUP when `reloader` is given;
/// with `remote`, every request reads its part of the catalog from that SPARQL engine instead.
public func buildApplication(configuration: ServerConfiguration, state: CatalogState,
                             reloader: CatalogReloader? = nil, remote: RemoteSource? = nil,
                             logger: Logger) -> some ApplicationProtocol {
    let metrics = ServerMetrics()
    // Serving from an engine, each request reads it: no answers are kept in front of the router.
    let cache = remote == nil && configuration.responseCacheEntries > 0
        ? ResponseCacheSetup(cache: ResponseCache(maxEntries: configuration.responseCacheEntries,
                                                  maxBytes: configuration.responseCacheBytes,
                                                  generation: { state.generation }),
                             metrics: metrics, logLevel: configuration.requestLogLevel)
        : nil
    if let cache { metrics.track(cache.cache) }
    let router = buildRouter(configuration: configuration, state: state, reloader: reloader, remote: remote,
                             metrics: metrics, tagsRoutes: cache != nil)
    var app = Application(
        router: router,
        server: .limitedHTTP1(configuration, cache: cache),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Lodestat"),
        logger: logger
    )
    if let reloader { app.addServices(ReloadSignalService(reloader: reloader, logger: logger)) }
    return app
}

/// The router: middlewares first (they apply only to routes added after them), then every route
/// of the one route table. `tagsRoutes`: answers carry their route template for the response
/// cache in front of the router, which removes it.
public func buildRouter(configuration: ServerConfiguration, state: CatalogState,
                        reloader: CatalogReloader? = nil, remote: RemoteSource? = nil,
                        metrics: ServerMetrics = ServerMetrics(), tagsRoutes: Bool = false) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    let table = buildRouteTable(configuration: configuration, state: state, reloader: reloader, remote: remote,
                                metrics: metrics)
    router.add(middleware: ObservabilityMiddleware(metrics: metrics, logLevel: configuration.requestLogLevel,
                                                   tagsRoutes: tagsRoutes))
    router.add(middleware: CORSPolicyMiddleware(origins: configuration.corsOrigins))
    router.add(middleware: ProblemMiddleware(maxBodyBytes: configuration.maxBodyBytes))
    router.add(middleware: MethodNotAllowedMiddleware(table: table))
    router.add(middleware: BodyLimitMiddleware(maxBodyBytes: configuration.maxBodyBytes))
    if let remote {
        router.add(middleware: RemoteCatalogMiddleware(source: remote, state: state, table: table))
        metrics.track { remote.catalog.client.gate.counts }
    }
    table.register(on: router)
    return router
}

/// Every route, each controller adding its own.
public func buildRouteTable(configuration: ServerConfiguration, state: CatalogState,
                            reloader: CatalogReloader? = nil, remote: RemoteSource? = nil,
                            metrics: ServerMetrics) -> RouteTable<AppRequestContext> {
    let table = RouteTable<AppRequestContext>()
    let context = configuration.jsonldContext.flatMap { try? JSONLDContextDocument(json: $0, base: state.baseIRI) }
    let repository = StoreRepository(state: state, jsonldContext: context, publicBase: configuration.publicBase)
    let cache = configuration.cacheControl
    HealthController(repository: repository, remote: remote).addRoutes(to: table)
    MetricsController(repository: repository, metrics: metrics).addRoutes(to: table)
    ContextController(repository: repository, cacheControl: cache).addRoutes(to: table)
    LinkedDataController(repository: repository, cacheControl: cache).addRoutes(to: table)
    DCATController(repository: repository, cacheControl: cache).addRoutes(to: table)
    if let remote {
        SPARQLController(repository: RemoteSPARQLRepository(source: remote), configuration: configuration,
                         prefixes: { repository.prefixes }).addRoutes(to: table)
    } else {
        SPARQLController(repository: repository, configuration: configuration, prefixes: { repository.prefixes })
            .addRoutes(to: table)
    }
    APIRoutes.add(to: table, repository: repository, cacheControl: cache)
    HTMLController(repository: repository, cacheControl: cache).addRoutes(to: table)
    SearchPageController(repository: repository, cacheControl: cache).addRoutes(to: table)
    ClassificationPagesController(repository: repository, cacheControl: cache).addRoutes(to: table)
    SPARQLPageController(repository: repository, cacheControl: "no-cache").addRoutes(to: table)
    SDMXPagesController(repository: repository, cacheControl: cache).addRoutes(to: table)
    AssetsController().addRoutes(to: table)
    OperationsHTMLController(repository: repository, cacheControl: cache).addRoutes(to: table)
    SDMXController(repository: repository, cacheControl: cache).addRoutes(to: table)
    SDMXMetadataController(repository: repository, cacheControl: cache).addRoutes(to: table)
    table.reserve(["admin"])  // reserved whether or not an admin token turns its route on
    if let reloader, let token = configuration.adminToken {
        AdminController(reloader: reloader, token: token).addRoutes(to: table)
    }
    OpenAPIController(serverURL: "/", cacheControl: cache).addRoutes(to: table)
    return table
}
