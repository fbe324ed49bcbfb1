import Hummingbird

/// The context's IRI: under the base, so JSON-LD documents name a stable URL.
func contextURL(base: String) -> String { base + "context.jsonld" }

/// `GET /context.jsonld`: the JSON-LD context every JSON-LD answer refers to.
struct ContextController<Repository: LinkedDataRepository> {
    let repository: Repository
    let cacheControl: String

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/context.jsonld", id: "getContext", tag: "linked data",
                           summary: "The JSON-LD context of every JSON-LD answer",
                           responses: [(200, "The context", ["application/ld+json"]),
                                       (404, "No context configured", [Problem.mediaType])])) { request, _ in
            guard let context = repository.jsonldContext else { throw ServerError.notFound(path: request.uri.path) }
            return Representation(text: context.text, mediaType: "application/ld+json")
                .response(to: request, cacheControl: cacheControl)
        }
    }
}
