import Foundation
import RDF
import RDFFormats

/// The SPARQL 1.1 Graph Store HTTP Protocol, client side, with indirect graph identification
/// (`GSP?graph=IRI`): PUT replaces a graph, POST merges into it, DELETE drops it.
public struct GraphStoreClient: Sendable {
    public let url: URL
    let http: HTTPExchange

    public init(url: URL, timeout: Double) {
        self.url = url
        http = HTTPExchange(timeout: timeout)
    }

    public enum Method: String, Sendable { case put = "PUT", post = "POST" }

    /// Sends `quads` (their graph is ignored) as N-Triples into the named graph `graph`.
    public func send(_ method: Method, _ quads: [Quad], graph: String) async throws {
        var text = ""
        try RDFSerializing.write(quads.map { Quad($0.subject, $0.predicate, $0.object) }, format: .ntriples, to: &text)
        let target = HTTPExchange.url(url, adding: [("graph", graph)])
        let reply = try await http.send(method.rawValue, target, headers: ["Content-Type": RDFFormat.ntriples.mediaType],
                                        body: Array(text.utf8), retry: method == .put)
        guard reply.isSuccess else {
            throw RemoteError.engineStatus(url: target.absoluteString, status: reply.status, message: reply.message)
        }
    }

    /// Drops the named graph `graph`; a graph that does not exist is not an error.
    public func delete(graph: String) async throws {
        let target = HTTPExchange.url(url, adding: [("graph", graph)])
        let reply = try await http.send("DELETE", target, retry: true)
        guard reply.isSuccess || reply.status == 404 else {
            throw RemoteError.engineStatus(url: target.absoluteString, status: reply.status, message: reply.message)
        }
    }
}
