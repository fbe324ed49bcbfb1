import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1 child channel with Lodestat's connection limits: `SlowClientGuard` first
/// (before the decoder, when a slow-client timeout is set), then the HTTP/1 pipeline with its
/// decoder limited to `maxHeaderBytes`, `HeaderOverflowResponder`, `RequestEndSignal` and the
/// idle timeout.
struct LimitedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let inner: HTTP1Channel
    let slowClientTimeout: Duration?

    init(responder: @escaping HTTPChannelHandler.Responder, configuration: ServerConfiguration) {
        let maxHeaderBytes = configuration.maxHeaderBytes
        let decoder = HTTP1Channel.Configuration.DecoderConfiguration(
            maxHeaderFieldSize: maxHeaderBytes, maxHeaderListSize: maxHeaderBytes)
        let slow = configuration.slowClientTimeout != nil
        let http1 = HTTP1Channel.Configuration(
            additionalChannelHandlers: [HeaderOverflowResponder(limit: maxHeaderBytes)]
                + (slow ? [RequestEndSignal()] : []),
            idleTimeout: configuration.idleTimeout.map(TimeAmount.init),
            httpDecoderConfiguration: decoder)
        inner = HTTP1Channel(responder: responder, configuration: http1)
        slowClientTimeout = configuration.slowClientTimeout
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        guard let slowClientTimeout else { return inner.setup(channel: channel, logger: logger) }
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(SlowClientGuard(timeout: slowClientTimeout))
        }.flatMap {
            inner.setup(channel: channel, logger: logger)
        }
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}
