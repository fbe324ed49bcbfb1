import Hummingbird

/// Refuses, before reading it, a body whose declared length is over the limit (413).
/// Bodies without a length are bounded where they are read (`collect(upTo:)`).
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
            throw ServerError.payloadTooLarge(limit: maxBodyBytes)
        }
        return try await next(request, context)
    }
}
