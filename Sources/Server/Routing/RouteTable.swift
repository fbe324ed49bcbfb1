import Hummingbird

/// The one list of routes: the router and the OpenAPI document are both built from it,
/// so neither can name a route the other lacks.
public final class RouteTable<Context: RequestContext>: @unchecked Sendable {
    public typealias Handler = @Sendable (Request, Context) async throws -> Response

    public struct Route: Sendable {
        public let doc: RouteDoc
        let handler: Handler
    }

    /// The routes, in the order they were added.
    public private(set) var routes: [Route] = []
    /// First path segments reserved without a route in this table (e.g. `admin` when no admin
    /// token is configured), so their meaning does not depend on the configuration.
    public private(set) var alsoReserved: Set<String> = []

    public init() {}

    /// Adds a route. GET routes answer HEAD too.
    public func add(_ doc: RouteDoc, _ handler: @escaping Handler) {
        routes.append(Route(doc: doc, handler: handler))
    }

    /// The documentation of every route.
    public var docs: [RouteDoc] { routes.map(\.doc) }

    /// The documentation of the route answering `method` on `path`, if one does.
    public func doc(method: String, path: String) -> RouteDoc? {
        routes.first { $0.doc.method == method && answers($0.doc, path) }?.doc
    }

    /// The first path segments the server's own routes start with (`api`, `sparql`, `sdmx`, …):
    /// paths under them are never looked up as resource IRIs by the catch-all route.
    public var reservedSegments: Set<String> {
        alsoReserved.union(routes.filter { !$0.doc.isFallback }.compactMap { route in
            route.doc.path.split(separator: "/").first.map(String.init)
        })
    }

    /// Reserves first path segments that have no route in this table.
    public func reserve(_ segments: Set<String>) { alsoReserved.formUnion(segments) }

    /// True when `path`'s first segment is one of `reservedSegments`.
    public func isReserved(_ path: String) -> Bool {
        guard let first = path.split(separator: "/").first else { return true }
        return reservedSegments.contains(String(first))
    }

    /// True when `doc` answers `path`: its template matches, and a catch-all route only outside the
    /// reserved prefixes (as the router, which prefers literal segments, does).
    private func answers(_ doc: RouteDoc, _ path: String) -> Bool {
        doc.matches(path) && !(doc.isFallback && isReserved(path))
    }

    /// The methods allowed on `path` (HEAD wherever GET is).
    public func allowedMethods(for path: String) -> [String] {
        var methods: [String] = []
        for r in routes where answers(r.doc, path) {
            if !methods.contains(r.doc.method) { methods.append(r.doc.method) }
            if r.doc.method == "GET", !methods.contains("HEAD") { methods.append("HEAD") }
        }
        return methods
    }

    /// Registers every route on `router`.
    public func register(on router: Router<Context>) {
        for route in routes {
            let method = HTTPRequest.Method(route.doc.method) ?? .get
            let doc = route.doc
            router.on(RouterPath(doc.routerPath), method: method) { request, context in
                if !doc.validatedByHandler {
                    try RequestValidation.validate(request, pathParameters: { context.parameters.get($0) }, against: doc)
                }
                return try await route.handler(request, context)
            }
        }
    }
}
