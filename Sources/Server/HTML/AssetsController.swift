import Hummingbird

/// `GET /assets/{name}`: the stylesheet and scripts of the HTML pages, served by the binary itself
/// (no page asks another host for anything), with an ETag and a day of caching.
struct AssetsController {
    /// name → (media type, content).
    static let files: [String: (mediaType: String, text: String)] = [
        "lodestat.css": ("text/css; charset=utf-8", StyleSheet.css),
        "tree.js": ("text/javascript; charset=utf-8", TreeScript.js),
        "sparql.js": ("text/javascript; charset=utf-8", SPARQLScript.js),
    ]
    static let cacheControl = "public, max-age=86400"

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let names = Self.files.keys.sorted()
        let representations = Self.files.mapValues { Representation(text: $0.text, mediaType: $0.mediaType) }
        table.add(RouteDoc("GET", "/assets/{name}", id: "asset", tag: "html",
                           summary: "A stylesheet or script of the HTML pages",
                           parameters: [.init("name", in: .path, "The file name", .choice(names))],
                           responses: [(200, "The file", ["text/css", "text/javascript"]),
                                       (404, "No such file", [Problem.mediaType])])) { request, context in
            guard let name = context.parameters.get("name"), let rep = representations[name] else {
                throw ServerError.notFound(path: request.uri.path)
            }
            var withHeaders = rep
            withHeaders.headers[.init("X-Content-Type-Options")!] = "nosniff"
            return withHeaders.response(to: request, cacheControl: Self.cacheControl)
        }
    }
}
