import HummingbirdCore

extension HTTPServerBuilder {
    /// HTTP/1 with the header size, idle and slow-client limits of `configuration`, and `cache` (when
    /// given) answering the requests it holds answers for before they reach the router.
    static func limitedHTTP1(_ configuration: ServerConfiguration, cache: ResponseCacheSetup? = nil) -> HTTPServerBuilder {
        .init { responder in LimitedHTTP1Channel(responder: responder, configuration: configuration, cache: cache) }
    }
}
