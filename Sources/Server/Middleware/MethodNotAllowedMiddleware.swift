import Hummingbird

/// Tells "no such path" (404) from "not with this method" (405 with `Allow`), from the route table.
struct MethodNotAllowedMiddleware<Context: RequestContext>: RouterMiddleware {
    let table: RouteTable<Context>

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && context.endpointPath == "NotFound" {
            let allowed = table.allowedMethods(for: request.uri.path)
            if allowed.isEmpty { throw ServerError.notFound(path: request.uri.path) }
            throw ServerError.methodNotAllowed(method: request.method.rawValue, allowed: allowed)
        }
    }
}
