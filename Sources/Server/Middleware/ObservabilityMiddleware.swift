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
        let level = status >= 500 ? Logger.Level.error : logLevel
        guard context.logger.logLevel <= level else { return }
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.log(level: level, "request", metadata: [
            "http.method": .string(request.method.rawValue),
            "http.path": .string(request.uri.path),
            "http.route": .string(route),
            "http.status": .stringConvertible(status),
            "duration_ms": .string(String(format3(ms))),
        ])
    }
}

/// `x` with three decimals, without Foundation's formatter.
func format3(_ x: Double) -> String {
    let scaled = (x * 1000).rounded()
    let whole = Int(scaled / 1000), frac = Int(abs(scaled).truncatingRemainder(dividingBy: 1000))
    return "\(whole)." + String(repeating: "0", count: 3 - String(frac).count) + String(frac)
}
