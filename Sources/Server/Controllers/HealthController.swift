import Foundation
import Hummingbird
import RDFFormats

/// What `/health` and `/metrics` need to know about the catalog in service.
public protocol HealthRepository: Sendable {
    func health() -> (triples: Int, quads: Int, terms: Int, generation: Int, loadedAt: String)
}

/// `GET /health`: liveness and the size of the catalog in service. Serving from a SPARQL engine
/// (`remote`), it also reports the engine — reachable or not (a cheap query, remembered for a
/// second), its URL, the last error — and answers 503 with the same JSON when the engine is not.
struct HealthController<Repository: HealthRepository> {
    let repository: Repository
    var remote: RemoteSource?

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/health", id: "getHealth", tag: "service",
                           summary: "Liveness and the size of the catalog in service; serving from a SPARQL engine "
                               + "(serve --sparql-endpoint), also the engine's state: `engine` {url, reachable, "
                               + "checkedAt, graphs, lastError, lastErrorAt}",
                           responses: [(200, "The server is up (and its SPARQL engine answers)", ["application/json"]),
                                       (503, "Serving from a SPARQL engine that does not answer: the same JSON, "
                                           + "status \"unavailable\"", ["application/json"])])) { request, _ in
            let h = repository.health()
            var members: [(String, JSONValue)] = [
                ("status", "ok"), ("triples", .int(h.triples)), ("namedGraphQuads", .int(h.quads)),
                ("terms", .int(h.terms)), ("generation", .int(h.generation)), ("loadedAt", .string(h.loadedAt)),
            ]
            var status = HTTPResponse.Status.ok
            if let remote {
                let engine = await remote.probe.status()
                let catalog = remote.catalog
                members[0].1 = .string(engine.reachable ? "ok" : "unavailable")
                members[1].1 = .int(catalog.tripleCount)
                members.append(("engine", Self.json(engine, url: remote.probe.url, graphs: catalog.graphs.count)))
                if !engine.reachable { status = .serviceUnavailable }
            }
            let text = JSONWriter.write(.object(JSONObject(members)), options: .init(pretty: false))
            let response = Representation(text: text, mediaType: "application/json")
                .response(to: request, cacheControl: "no-cache")
            guard status != .ok else { return response }
            return Response(status: status, headers: response.headers, body: response.body)
        }
    }

    /// The `engine` member of `/health`.
    /// Dates as ISO 8601 in UTC (`2026-11-24T09:11:20Z`), with a value-type format style instead of
    /// a formatter object built per request.
    static func json(_ engine: EngineProbe.Status, url: String, graphs: Int) -> JSONValue {
        .object(JSONObject([
            ("url", .string(url)), ("reachable", .bool(engine.reachable)),
            ("checkedAt", .string(engine.checkedAt.formatted(.iso8601))), ("graphs", .int(graphs)),
            ("lastError", engine.lastError.map(JSONValue.string) ?? .null),
            ("lastErrorAt", engine.lastErrorAt.map { .string($0.formatted(.iso8601)) } ?? .null),
        ]))
    }
}
