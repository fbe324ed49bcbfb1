import Foundation
import RDF
import RDFFormats
import SPARQL

/// The SPARQL 1.1 Protocol, client side: queries sent as POSTed forms, graphs read as N-Triples or
/// Turtle, solutions as SPARQL JSON, updates as `application/sparql-update`.
public struct SPARQLClient: Sendable {
    public let endpoint: RemoteEndpoint
    let http: HTTPExchange

    public init(endpoint: RemoteEndpoint) {
        self.endpoint = endpoint
        http = HTTPExchange(timeout: endpoint.timeout)
    }

    /// Media types asked for graph answers, best first (every engine speaks one of them).
    static let graphAccept = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
    static let resultsAccept = "application/sparql-results+json"

    /// Runs a query as the SPARQL protocol says, with its dataset given as protocol parameters.
    public func send(query text: String, accept: String, defaultGraphs: [String] = [],
                     namedGraphs: [String] = []) async throws -> HTTPReply {
        var form = [("query", text)]
        form += defaultGraphs.map { ("default-graph-uri", $0) }
        form += namedGraphs.map { ("named-graph-uri", $0) }
        let body = form.map { HTTPExchange.formEncode($0.0) + "=" + HTTPExchange.formEncode($0.1) }.joined(separator: "&")
        return try await http.send("POST", endpoint.query, headers: [
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept,
        ], body: Array(body.utf8), retry: true)
    }

    /// The triples a CONSTRUCT or DESCRIBE query gives. Blank node labels get `blankNodePrefix`:
    /// engines may number them per answer, so two answers must not share one by accident.
    public func graph(_ text: String, defaultGraphs: [String] = [], namedGraphs: [String] = [],
                      blankNodePrefix: String = "") async throws -> [Quad] {
        let reply = try checked(await send(query: text, accept: Self.graphAccept, defaultGraphs: defaultGraphs,
                                           namedGraphs: namedGraphs), url: endpoint.query)
        return try Self.quads(reply, url: endpoint.query, blankNodePrefix: blankNodePrefix)
    }

    /// The solutions (or boolean) a SELECT or ASK query gives.
    public func solutions(_ text: String, defaultGraphs: [String] = [], namedGraphs: [String] = []) async throws -> QueryResult {
        let reply = try checked(await send(query: text, accept: Self.resultsAccept, defaultGraphs: defaultGraphs,
                                           namedGraphs: namedGraphs), url: endpoint.query)
        do {
            return try SPARQLResultsJSONReader().read(reply.body)
        } catch {
            throw RemoteError.unreadableAnswer(url: endpoint.query.absoluteString, reason: String(describing: error))
        }
    }

    /// Runs a SPARQL 1.1 Update request.
    public func update(_ text: String) async throws {
        guard let url = endpoint.update else { throw RemoteError.missingEndpoint("update") }
        _ = try checked(await http.send("POST", url, headers: ["Content-Type": "application/sparql-update"],
                                        body: Array(text.utf8)), url: url)
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
