import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// Sits after the HTTP decoder (whose header limits are `--max-header-bytes`) and its conversion
/// to HTTP types: a request the decoder cannot parse (a malformed request line, target or header,
/// bad framing) or that names no valid method or path gets a 400 problem document, and one whose
/// request line and header fields overflow the limits gets 431; the connection is then closed.
/// Without it Hummingbird answers a bare 400 with no body.
final class MalformedRequestResponder: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limit: Int
    /// True once an answer is on its way (then an error ends the connection without a second one).
    private var answered = false

    init(limit: Int) {
        self.limit = limit
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head: answered = true
        case .end: answered = false
        case .body: break
        }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let problem: Problem
        if let parserError = error as? HTTPParserError {
            problem = parserError == .headerOverflow
                ? ServerError.headersTooLarge(limit: limit).problem
                : ServerError.badRequest("malformed HTTP request: \(parserError)").problem
        } else if let conversionError = error as? HTTP1TypeConversionError {
            problem = ServerError.badRequest("malformed HTTP request: \(conversionError)").problem
        } else {
            context.fireErrorCaught(error)
            return
        }
        guard !answered else {
            context.close(promise: nil)
            return
        }
        answered = true
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
