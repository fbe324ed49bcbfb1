import Hummingbird

extension ServerError: HTTPResponseError {
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: problem.status) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: Problem.mediaType]
        switch self {
        case .methodNotAllowed(_, let allowed): headers[.allow] = allowed.joined(separator: ", ")
        case .unauthorized: headers[.wwwAuthenticate] = "Bearer realm=\"lodestat\""
        case .engineUnavailable(_, let retryAfter): headers[.retryAfter] = String(retryAfter)
        default: break
        }
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: problem.body)))
    }
}
