import HummingbirdCore

extension HTTPServerBuilder {
    /// HTTP/1 with the header size, idle and slow-client limits of `configuration`.
    static func limitedHTTP1(_ configuration: ServerConfiguration) -> HTTPServerBuilder {
        .init { responder in LimitedHTTP1Channel(responder: responder, configuration: configuration) }
    }
}
