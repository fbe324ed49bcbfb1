import Hummingbird
import RDFFormats

/// What `/health` and `/metrics` need to know about the catalog in service.
public protocol HealthRepository: Sendable {
    func health() -> (triples: Int, quads: Int, terms: Int, generation: Int, loadedAt: String)
}

/// `GET /health`: liveness and the size of the catalog in service.
struct HealthController<Repository: HealthRepository> {
    let repository: Repository

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/health", id: "getHealth", tag: "service",
                           summary: "Liveness and the size of the catalog in service",
                           responses: [(200, "The server is up", ["application/json"])])) { request, _ in
            let h = repository.health()
            let body = JSONValue.object(JSONObject([
                ("status", "ok"), ("triples", .int(h.triples)), ("namedGraphQuads", .int(h.quads)),
                ("terms", .int(h.terms)), ("generation", .int(h.generation)), ("loadedAt", .string(h.loadedAt)),
            ]))
            return Representation(text: JSONWriter.write(body, options: .init(pretty: false)), mediaType: "application/json")
                .response(to: request, cacheControl: "no-cache")
        }
    }
}
