import NIOCore

/// The first handler of a connection, before the HTTP decoder: a request's clock starts with its
/// first byte and stops when `RequestEndSignal` reports it received; a client that has not sent the
/// whole request (head and body) in time — slowloris, a stalled upload — gets 408 and is cut off.
/// Time spent answering a request does not count (that is the query timeout's business), nor does
/// time between requests (that is the idle timeout's).
final class SlowClientGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let timeout: Duration
    private var deadline: Scheduled<Void>?
    private var receiving = false

    init(timeout: Duration) {
        self.timeout = timeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !receiving {
            receiving = true
            let (seconds, attoseconds) = timeout.components
            let amount = TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
            let loop = context.eventLoop.assumeIsolated()
            deadline = loop.scheduleTask(in: amount) { [self] in self.expire(context) }
        }
        context.fireChannelRead(data)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard event is RequestReceivedEvent else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        stop()
        promise?.succeed(())
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stop()
    }

    private func stop() {
        receiving = false
        deadline?.cancel()
        deadline = nil
    }

    /// Answers 408 with a problem document, straight on the socket (the decoder has no whole
    /// request to hand on), and closes the connection.
    private func expire(_ context: ChannelHandlerContext) {
        deadline = nil
        guard receiving, context.channel.isActive else { return }
        let (seconds, attoseconds) = timeout.components
        let error = ServerError.requestTimeout(seconds: Double(seconds) + Double(attoseconds) / 1e18)
        let response = RawProblemResponse(error.problem)
        context.writeAndFlush(wrapOutboundOut(response.bytes(allocator: context.channel.allocator)))
            .whenComplete { _ in context.close(promise: nil) }
    }
}
