import HTTPTypes
import Hummingbird

/// The answer of every HTML page: UTF-8 HTML in the negotiated language, `Vary`,
/// `Content-Language`, a Content-Security-Policy that allows only this server's own styles,
/// scripts and fetches, and the usual ETag and Cache-Control.
enum HTMLAnswer {
    /// No inline script or style, nothing from another host, no framing.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static var cspField: HTTPField.Name { HTTPField.Name("Content-Security-Policy")! }

    /// The page `build` makes in the request's language.
    static func respond(_ request: Request, cacheControl: String, extraHeaders: HTTPFields = [:],
                        _ build: (String) throws -> String) rethrows -> Response {
        let language = LanguageNegotiation.choose(request: request)
        var headers: HTTPFields = [.vary: "Accept-Language", .contentLanguage: language]
        headers[cspField] = contentSecurityPolicy
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        for field in extraHeaders { headers[field.name] = field.value }
        return Representation(text: try build(language), mediaType: "text/html; charset=utf-8", headers: headers)
            .response(to: request, cacheControl: cacheControl)
    }

    /// The request's query parameters.
    static func query(_ request: Request) -> [(name: String, value: String)] {
        FormDecoding.decode(request.uri.query ?? "")
    }

    /// The value of the first parameter `name`.
    static func value(_ request: Request, _ name: String) -> String? {
        query(request).first { $0.name == name }?.value
    }

    /// The request's query as (name, value) pairs for links that keep it (without `lang`).
    static func kept(_ request: Request, dropping: Set<String> = ["lang"]) -> [(String, String)] {
        query(request).filter { !dropping.contains($0.name) }.map { ($0.name, $0.value) }
    }
}
