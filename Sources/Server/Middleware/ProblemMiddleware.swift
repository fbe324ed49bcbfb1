import Hummingbird
import Logging
import NIOCore
import Remote

/// Turns every error into an `application/problem+json` answer (RFC 9457): Lodestat's own
/// errors keep their details, framework errors keep their status, anything else is a logged 500.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return try problem(for: error, request: request, context: context).response(from: request, context: context)
        }
    }

    func problem(for error: any Error, request: Request, context: Context) -> ServerError {
        switch error {
        case let e as ServerError:
            return e
        case let e as RemoteError:
            return ServerError(e)
        case is NIOTooManyBytesError:
            return .payloadTooLarge(limit: maxBodyBytes)
        case let e as HTTPError:
            switch e.status.code {
            case 404: return .notFound(path: request.uri.path)
            case 413: return .payloadTooLarge(limit: maxBodyBytes)
            case 400..<500: return .badRequest(e.body ?? e.status.reasonPhrase)
            default: return .internalError(e.body ?? e.status.reasonPhrase)
            }
        case let e as any HTTPResponseError where e.status.code == 413:
            return .payloadTooLarge(limit: maxBodyBytes)
        default:
            context.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            return .internalError("the server failed to answer this request")
        }
    }
}
