import NIOCore
import NIOHTTPTypes

/// Sits after the HTTP decoder and tells `SlowClientGuard`, which sits before it and sees only
/// bytes, when a request has been received in full.
final class RequestEndSignal: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) {
            context.triggerUserOutboundEvent(RequestReceivedEvent(), promise: nil)
        }
        context.fireChannelRead(data)
    }
}
