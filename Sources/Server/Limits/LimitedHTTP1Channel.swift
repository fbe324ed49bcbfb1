import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1 child channel with Lodestat's connection limits: `SlowClientGuard` first
/// (before the decoder, when a slow-client timeout is set), then the HTTP/1 pipeline with its
/// decoder limited to `maxHeaderBytes`, `MalformedRequestResponder`, `RequestEndSignal` and the
/// idle timeout; with a response cache, `ResponseCacheHandler` right after Hummingbird's
/// connection-state handler (which then sees every request and answer, for its idle and
/// keep-alive bookkeeping).
struct LimitedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let inner: HTTP1Channel
    let slowClientTimeout: Duration?
    let cache: ResponseCacheSetup?

    init(responder: @escaping HTTPChannelHandler.Responder, configuration: ServerConfiguration,
         cache: ResponseCacheSetup? = nil) {
        let maxHeaderBytes = configuration.maxHeaderBytes
        let decoder = HTTP1Channel.Configuration.DecoderConfiguration(
            maxHeaderFieldSize: maxHeaderBytes, maxHeaderListSize: maxHeaderBytes)
        let slow = configuration.slowClientTimeout != nil
        let http1 = HTTP1Channel.Configuration(
            additionalChannelHandlers: [MalformedRequestResponder(limit: maxHeaderBytes)]
                + (slow ? [RequestEndSignal()] : []),
            idleTimeout: configuration.idleTimeout.map(TimeAmount.init),
            httpDecoderConfiguration: decoder)
        inner = HTTP1Channel(responder: responder, configuration: http1)
        slowClientTimeout = configuration.slowClientTimeout
        self.cache = cache
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let http: EventLoopFuture<Value>
        if let slowClientTimeout {
            http = channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(SlowClientGuard(timeout: slowClientTimeout))
            }.flatMap {
                inner.setup(channel: channel, logger: logger)
            }
        } else {
            http = inner.setup(channel: channel, logger: logger)
        }
        guard let cache else { return http }
        return http.flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let state = try pipeline.handler(type: HTTPConnectionStateHandler.self)
            try pipeline.addHandler(cache.makeHandler(logger: logger), position: .after(state))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}
