import HTTPTypes
import Logging
import NIOCore
import NIOHTTPTypes

/// In the HTTP/1 pipeline, after Hummingbird's connection-state handler and before the router:
/// a request the cache holds an answer for is answered here, on the event loop; every other
/// request goes on to the router, and its answer is kept when `ResponseCachePolicy` allows.
/// Answers leave in request order: a request is answered here only when no earlier one on the
/// connection is still being answered by the router.
final class ResponseCacheHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let cache: ResponseCache
    private let metrics: ServerMetrics
    private let logger: Logger
    private let logLevel: Logger.Level

    /// Requests passed to the router whose answers are not all written yet.
    private var inFlight = 0
    /// For each of them, in order: what to store its answer under (nil: not to be kept).
    private var pending = CircularBuffer<Pending?>()
    /// The answer being written, while it may still be kept.
    private var capture: Capture?
    /// A request answered here whose remaining parts are dropped.
    private var discarding = false

    private struct Pending {
        let key: String
        let generation: Int
    }

    private struct Capture {
        let pending: Pending
        let head: HTTPResponse
        let etag: String
        let route: String
        var body: ByteBuffer?
    }

    init(cache: ResponseCache, metrics: ServerMetrics, logger: Logger, logLevel: Logger.Level) {
        self.cache = cache
        self.metrics = metrics
        self.logger = logger
        self.logLevel = logLevel
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            let key = ResponseCachePolicy.key(for: request)
            if inFlight == 0, let key, let entry = cache.lookup(key) {
                discarding = true
                answer(request, with: entry, context: context)
                return
            }
            inFlight += 1
            pending.append(key.flatMap { request.method == .get ? Pending(key: $0, generation: cache.generation) : nil })
            context.fireChannelRead(data)
        case .body:
            if !discarding { context.fireChannelRead(data) }
        case .end:
            if discarding { discarding = false } else { context.fireChannelRead(data) }
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var response):
            let route = response.headerFields[ResponseCachePolicy.routeField]
            if route != nil { response.headerFields[ResponseCachePolicy.routeField] = nil }
            if response.status.kind != .informational {
                capture = nil
                if let route, let first = pending.first, let pending = first,
                   let etag = ResponseCachePolicy.etag(ifCacheable: response),
                   let length = response.headerFields[.contentLength].flatMap(Int.init), length <= cache.maxEntryBytes {
                    capture = Capture(pending: pending, head: response, etag: etag, route: route)
                }
            }
            context.write(wrapOutboundOut(.head(response)), promise: promise)
        case .body(let part):
            if var kept = capture {
                if var body = kept.body {
                    body.writeImmutableBuffer(part)
                    kept.body = body
                } else {
                    kept.body = part
                }
                capture = (kept.body?.readableBytes ?? 0) <= cache.maxEntryBytes ? kept : nil
            }
            context.write(data, promise: promise)
        case .end:
            if let kept = capture {
                capture = nil
                let body = kept.body ?? context.channel.allocator.buffer(capacity: 0)
                if String(body.readableBytes) == kept.head.headerFields[.contentLength],
                   cache.store(kept.pending.key, .init(head: kept.head, body: body, etag: kept.etag, route: kept.route),
                               generation: kept.pending.generation) {
                    metrics.recordResponseCacheStore()
                }
            }
            if inFlight > 0 {
                inFlight -= 1
                _ = pending.popFirst()
            }
            context.write(data, promise: promise)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        capture = nil
        pending.removeAll()
        inFlight = 0
        context.fireChannelInactive()
    }

    /// Writes `entry` as the answer to `request`: `304` when its `If-None-Match` names the entry's
    /// ETag, the head alone to HEAD, else head and body.
    private func answer(_ request: HTTPRequest, with entry: ResponseCache.Entry, context: ChannelHandlerContext) {
        let start = ContinuousClock.now
        var head = entry.head
        head.headerFields[.date] = HTTPDate.now()
        if let condition = request.headerFields[.ifNoneMatch],
           Representation.matches(ifNoneMatch: condition, etag: entry.etag) {
            head.status = .notModified
            head.headerFields[.contentType] = nil
            head.headerFields[.contentLength] = nil
        }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if head.status == .ok, request.method == .get {
            context.write(wrapOutboundOut(.body(entry.body)), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        let status = head.status.code
        let elapsed = ContinuousClock.now - start
        metrics.recordRequest(method: request.method.rawValue, route: entry.route, status: status, duration: elapsed)
        metrics.recordResponseCacheHit()
        logRequest(logger, level: logLevel, method: request.method.rawValue,
                   path: String((request.path ?? "").prefix { $0 != "?" }), route: entry.route, status: status,
                   elapsed: elapsed, cacheHit: true)
    }
}
