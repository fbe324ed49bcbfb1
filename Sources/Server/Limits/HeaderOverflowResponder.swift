import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Sits after the HTTP decoder, whose header limits are set to `--max-header-bytes`: when the
/// request line and header fields overflow them (size or count), answers 431 with a problem
/// document and closes the connection, instead of Hummingbird's bare 400.
final class HeaderOverflowResponder: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError, parserError == .headerOverflow else {
            context.fireErrorCaught(error)
            return
        }
        let problem = ServerError.headersTooLarge(limit: limit).problem
        let body = context.channel.allocator.buffer(string: problem.body)
        let status = HTTPResponse.Status(code: problem.status, reasonPhrase: problem.title)
        let head = HTTPResponse(status: status, headerFields: [
            .contentType: Problem.mediaType, .contentLength: "\(body.readableBytes)",
            .cacheControl: "no-store", .connection: "close",
        ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    }
}
