import Foundation
import RDF
import RDFFormats
import SPARQL

/// The SPARQL 1.1 Protocol, client side: queries sent as POSTed forms, graphs read as N-Triples or
/// Turtle, solutions as SPARQL JSON, updates as `application/sparql-update`.
///
/// Every request passes the `gate` (concurrency cap, circuit breaker) and carries a time budget:
/// the endpoint's timeout, or what is left of the client request's `EngineDeadline` when sooner,
/// sent to the engine as `limits.timeoutParameter` and enforced here by cancelling the exchange.
public struct SPARQLClient: Sendable {
    public let endpoint: RemoteEndpoint
    /// Shared by every copy of this client.
    public let gate: EngineGate
    let transport: any EngineTransport

    /// Whose query is sent: the server's own (catalog reads: a timeout means the engine is in
    /// trouble) or a client's (`/sparql` pass-through: a slow query is the client's, so only
    /// transport failures count against the engine).
    public enum Origin: Sendable { case server, client }

    public init(endpoint: RemoteEndpoint, limits: EngineLimits = .unlimited, transport: (any EngineTransport)? = nil) {
        self.endpoint = endpoint
        gate = EngineGate(limits: limits)
        self.transport = transport ?? HTTPExchange(timeout: endpoint.timeout)
    }

    /// The same engine through the same transport, with another time budget and a gate of its own
    /// that never refuses: the health probe says whether the engine answers now, breaker or not.
    public func ungated(timeout: Double) -> SPARQLClient {
        var limits = EngineLimits.unlimited
        limits.timeoutParameter = gate.limits.timeoutParameter
        return SPARQLClient(endpoint: endpoint.with(timeout: timeout), gate: EngineGate(limits: limits), transport: transport)
    }

    init(endpoint: RemoteEndpoint, gate: EngineGate, transport: any EngineTransport) {
        self.endpoint = endpoint
        self.gate = gate
        self.transport = transport
    }

    /// Media types asked for graph answers, best first (every engine speaks one of them).
    static let graphAccept = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
    static let resultsAccept = "application/sparql-results+json"
    /// What the health probe asks.
    public static let probeQuery = SubgraphQuery.probe

    /// Runs a query as the SPARQL protocol says, with its dataset given as protocol parameters.
    public func send(query text: String, accept: String, defaultGraphs: [String] = [],
                     namedGraphs: [String] = [], origin: Origin = .server) async throws -> HTTPReply {
        let timeout = EngineDeadline.remaining(cap: endpoint.timeout)
        guard timeout > 0 else {
            throw RemoteError.timeout(url: endpoint.query.absoluteString, seconds: endpoint.timeout)
        }
        var form = [("query", text)]
        form += defaultGraphs.map { ("default-graph-uri", $0) }
        form += namedGraphs.map { ("named-graph-uri", $0) }
        if let parameter = gate.limits.timeoutParameter {
            form.append((parameter.name, parameter.value(seconds: timeout)))
        }
        let body = form.map { HTTPExchange.formEncode($0.0) + "=" + HTTPExchange.formEncode($0.1) }.joined(separator: "&")
        let request = EngineRequest(method: "POST", url: endpoint.query, headers: [
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept,
        ], body: Array(body.utf8), timeout: timeout, retry: true)
        return try await gated(request, origin: origin)
    }

    /// Sends `request` through the gate, reporting its outcome to the breaker.
    func gated(_ request: EngineRequest, origin: Origin) async throws -> HTTPReply {
        try gate.admit()
        let reply: HTTPReply
        do {
            reply = try await transport.send(request)
        } catch let error as RemoteError {
            switch error {
            case .unreachable: gate.finish(.failure)
            case .timeout: gate.finish(origin == .server ? .failure : .neutral)
            default: gate.finish(.neutral)
            }
            throw error
        } catch {
            gate.finish(.neutral)
            throw error
        }
        if reply.isPartial {
            gate.finish(origin == .server ? .failure : .neutral)
            throw RemoteError.timeout(url: request.url.absoluteString, seconds: request.timeout)
        }
        gate.finish(reply.status >= 500 && origin == .server ? .failure : .success)
        return reply
    }

    /// The triples a CONSTRUCT or DESCRIBE query gives. Blank node labels get `blankNodePrefix`:
    /// engines may number them per answer, so two answers must not share one by accident.
    public func graph(_ text: String, defaultGraphs: [String] = [], namedGraphs: [String] = [],
                      blankNodePrefix: String = "", origin: Origin = .server) async throws -> [Quad] {
        let reply = try checked(await send(query: text, accept: Self.graphAccept, defaultGraphs: defaultGraphs,
                                           namedGraphs: namedGraphs, origin: origin), url: endpoint.query)
        return try Self.quads(reply, url: endpoint.query, blankNodePrefix: blankNodePrefix)
    }

    /// The solutions (or boolean) a SELECT or ASK query gives.
    public func solutions(_ text: String, defaultGraphs: [String] = [], namedGraphs: [String] = [],
                          origin: Origin = .server) async throws -> QueryResult {
        let reply = try checked(await send(query: text, accept: Self.resultsAccept, defaultGraphs: defaultGraphs,
                                           namedGraphs: namedGraphs, origin: origin), url: endpoint.query)
        do {
            return try SPARQLResultsJSONReader().read(reply.body)
        } catch {
            throw RemoteError.unreadableAnswer(url: endpoint.query.absoluteString, reason: String(describing: error))
        }
    }

    /// Runs a SPARQL 1.1 Update request.
    public func update(_ text: String) async throws {
        guard let url = endpoint.update else { throw RemoteError.missingEndpoint("update") }
        let request = EngineRequest(method: "POST", url: url, headers: ["Content-Type": "application/sparql-update"],
                                    body: Array(text.utf8), timeout: endpoint.timeout)
        _ = try checked(await gated(request, origin: .server), url: url)
    }

    /// `reply` when it is a success, else the engine's status and message as an error.
    func checked(_ reply: HTTPReply, url: URL) throws -> HTTPReply {
        guard reply.isSuccess else {
            throw RemoteError.engineStatus(url: url.absoluteString, status: reply.status, message: reply.message)
        }
        return reply
    }

    /// Parses a graph answer in the format its Content-Type names (N-Triples when it names none we read).
    static func quads(_ reply: HTTPReply, url: URL, blankNodePrefix: String) throws -> [Quad] {
        let format = RDFFormat(mediaType: reply.contentType) ?? .ntriples  // text/plain is N-Triples too
        var out: [Quad] = []
        do {
            try RDFParsing.parse(ByteSource(bytes: reply.body, name: url.absoluteString), format: format,
                                 blankNodePrefix: blankNodePrefix) { out.append($0) }
        } catch {
            throw RemoteError.unreadableAnswer(url: url.absoluteString, reason: String(describing: error))
        }
        return out
    }
}
