import Hummingbird

/// CORS for a configured list of origins (`*` = any): answers preflights and marks answers.
struct CORSPolicyMiddleware<Context: RequestContext>: RouterMiddleware {
    let origins: [String]

    func allowedOrigin(for origin: String) -> String? {
        if origins.contains("*") { return "*" }
        return origins.contains(origin) ? origin : nil
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin] else { return try await next(request, context) }
        let allowed = allowedOrigin(for: origin)
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            var headers: HTTPFields = [:]
            if let allowed {
                headers[.accessControlAllowOrigin] = allowed
                headers[.accessControlAllowMethods] = "GET, HEAD, POST, OPTIONS"
                headers[.accessControlAllowHeaders] = "Accept, Accept-Language, Authorization, Content-Type, If-None-Match"
                headers[.accessControlMaxAge] = "600"
            }
            if allowed != "*" { headers[.vary] = "Origin" }
            return Response(status: .noContent, headers: headers)
        }
        var response = try await next(request, context)
        if let allowed {
            response.headers[.accessControlAllowOrigin] = allowed
            response.headers[.accessControlExposeHeaders] = "ETag, Link, Content-Language"
        }
        if allowed != "*" { response.headers[values: .vary].append("Origin") }
        return response
    }
}
