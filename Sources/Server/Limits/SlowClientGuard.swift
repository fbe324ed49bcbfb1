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
    private let amount: TimeAmount
    /// The one timer of the connection, armed at most once per timeout period (not once per
    /// request): when it fires it checks the request being received then, if any.
    private var timer: Scheduled<Void>?
    /// When the request being received sent its first byte; nil between requests.
    private var receivingSince: NIODeadline?

    init(timeout: Duration) {
        self.timeout = timeout
        let (seconds, attoseconds) = timeout.components
        amount = TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if receivingSince == nil {
            let now = NIODeadline.now()
            receivingSince = now
            if timer == nil { arm(context, at: now + amount) }
        }
        context.fireChannelRead(data)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard event is RequestReceivedEvent else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        receivingSince = nil
        promise?.succeed(())
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stop()
    }

    private func arm(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        let loop = context.eventLoop.assumeIsolated()
        timer = loop.scheduleTask(deadline: deadline) { [self] in self.fire(context) }
    }

    /// The timer's check: 408 when the request being received is late, else the timer is armed
    /// again for that request's own deadline (none when no request is being received).
    private func fire(_ context: ChannelHandlerContext) {
        timer = nil
        guard let since = receivingSince else { return }
        if NIODeadline.now() >= since + amount {
            expire(context)
        } else {
            arm(context, at: since + amount)
        }
    }

    private func stop() {
        receivingSince = nil
        timer?.cancel()
        timer = nil
    }

    /// Answers 408 with a problem document, straight on the socket (the decoder has no whole
    /// request to hand on), and closes the connection.
    private func expire(_ context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        let (seconds, attoseconds) = timeout.components
        let error = ServerError.requestTimeout(seconds: Double(seconds) + Double(attoseconds) / 1e18)
        let response = RawProblemResponse(error.problem)
        context.writeAndFlush(wrapOutboundOut(response.bytes(allocator: context.channel.allocator)))
            .whenComplete { _ in context.close(promise: nil) }
    }
}
