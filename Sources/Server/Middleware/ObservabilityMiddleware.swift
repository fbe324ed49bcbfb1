import Hummingbird
import Logging

/// One structured log line and one metrics sample per request: method, path, route template,
/// status and duration. It sits outside the problem middleware, so it sees final statuses.
/// The line is at `logLevel` (5xx at `error`); the metadata is built only when the line is written.
struct ObservabilityMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics
    var logLevel: Logger.Level = .info
    /// Marks every answer with its route template (`ResponseCachePolicy.routeField`).
    var tagsRoutes = false

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let status: Int
        do {
            var response = try await next(request, context)
            status = response.status.code
            record(request, context, status: status, since: start)
            if tagsRoutes { response.headers[ResponseCachePolicy.routeField] = context.endpointPath ?? "unmatched" }
            return response
        } catch let error as any HTTPResponseError {
            record(request, context, status: error.status.code, since: start)
            throw error
        } catch {
            record(request, context, status: 500, since: start)
            throw error
        }
    }

    private func record(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(method: request.method.rawValue, route: route, status: status, duration: elapsed)
        logRequest(context.logger, level: status >= 500 ? .error : logLevel, method: request.method.rawValue,
                   path: request.uri.path, route: route, status: status, elapsed: elapsed)
    }
}

/// The one structured line of a request, at `level` when `logger` shows it; `cacheHit` marks
/// answers from the response cache.
func logRequest(_ logger: Logger, level: Logger.Level, method: String, path: @autoclosure () -> String, route: String, status: Int,
                elapsed: Duration, cacheHit: Bool = false) {
    guard logger.logLevel <= level else { return }
    let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
    var metadata: Logger.Metadata = [
        "http.method": .string(method),
        "http.path": .string(path()),
        "http.route": .string(route),
        "http.status": .stringConvertible(status),
        "duration_ms": .string(format3(ms)),
    ]
    if cacheHit { metadata["cache"] = "hit" }
    logger.log(level: level, "request", metadata: metadata)
}

/// `x` with three decimals, without Foundation's formatter.
func format3(_ x: Double) -> String {
    let scaled = (x * 1000).rounded()
    let whole = Int(scaled / 1000), frac = Int(abs(scaled).truncatingRemainder(dividingBy: 1000))
    return "\(whole)." + String(repeating: "0", count: 3 - String(frac).count) + String(frac)
}
