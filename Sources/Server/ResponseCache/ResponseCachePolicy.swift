import HTTPNegotiation
import HTTPTypes

/// Which requests the response cache may answer and which answers it may keep.
enum ResponseCachePolicy {
    /// Set by `ObservabilityMiddleware` on every answer when a response cache is in front of the
    /// router: the route template, for the metrics and logs of answers later served from the cache.
    /// `ResponseCacheHandler` removes it from every answer before it is sent.
    static let routeField = HTTPField.Name("X-Lodestat-Route")!

    static let pragma = HTTPField.Name("Pragma")!

    /// The request headers answers may vary on (besides the target, which holds `?format=` and `?lang=`).
    static let varyAllowed: Set<String> = ["accept", "accept-language"]

    /// The cache key of `request`, or nil when its answer must come from the router: only GET and
    /// HEAD without a body, credentials, cookies or an `Origin` (CORS answers vary on it), that do
    /// not ask to close the connection or to bypass caches.
    static func key(for request: HTTPRequest) -> String? {
        guard request.method == .get || request.method == .head, let target = request.path else { return nil }
        let fields = request.headerFields
        if fields[.authorization] != nil || fields[.cookie] != nil || fields[.origin] != nil
            || fields[.transferEncoding] != nil { return nil }
        if let length = fields[.contentLength], length != "0" { return nil }
        if let connection = fields[.connection], connection.lowercased().contains("close") { return nil }
        if let control = fields[.cacheControl]?.lowercased(), control.contains("no-cache") || control.contains("no-store") {
            return nil
        }
        if let pragma = fields[pragma], pragma.lowercased().contains("no-cache") { return nil }
        return target + "\u{1F}" + (fields[.accept] ?? "") + "\u{1F}" + (fields[.acceptLanguage] ?? "")
    }

    /// The ETag of `response` when it may be kept: `200` with an ETag, a `Content-Length`, a
    /// `Cache-Control` that allows shared caching, no cookie, and a `Vary` on nothing but the
    /// negotiation headers the key holds.
    static func etag(ifCacheable response: HTTPResponse) -> String? {
        let fields = response.headerFields
        guard response.status == .ok, let etag = fields[.eTag], fields[.contentLength] != nil,
              fields[.setCookie] == nil, let control = fields[.cacheControl]?.lowercased() else { return nil }
        if control.contains("no-store") || control.contains("no-cache") || control.contains("private") { return nil }
        for value in fields[values: .vary] {
            for name in value.split(separator: ",") {
                let name = name.trimmingCharacters(in: " \t").lowercased()
                if !name.isEmpty, !varyAllowed.contains(name) { return nil }
            }
        }
        return etag
    }
}
