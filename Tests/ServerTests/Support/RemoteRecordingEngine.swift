import Catalog
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RDF
import RDFFormats
import Remote
import Server
import SPARQL
import Store
import Synchronization

/// A SPARQL engine on a loopback port for the remote-mode tests: it records every request it
/// receives (its form fields: `query`, `timeout`, …) and answers the query with our own SPARQL
/// engine over `TestCatalog.turtle` published in one catalog graph, as `lodestat publish` leaves
/// it. `behaviour` makes it slow, failing or partial (Virtuoso's anytime answers).
final class RemoteRecordingEngine: Sendable {
    enum Behaviour: Sendable, Equatable {
        case answer
        /// Waits this long first.
        case slow(seconds: Double)
        /// Waits this long for the next request only, then answers at once again.
        case slowOnce(seconds: Double)
        /// Answers this status with a short message.
        case fail(status: Int)
        /// Answers 200 with `X-SQL-State: S1TAT`, as Virtuoso does when it cut the answer short.
        case partial
    }

    /// One request received: its form fields.
    struct Received: Sendable {
        let fields: [String: String]
        var query: String { fields["query"] ?? "" }
    }

    let dataset: CatalogDataset
    let behaviour = Mutex(Behaviour.answer)
    private let log = Mutex<[Received]>([])
    private let running = Mutex(0)

    /// The graph the tiny catalog is published in.
    static let graph = CatalogFile.graphPrefix + "catalog/tiny.ttl"

    init() throws {
        var builder = StoreBuilder()
        try RDFParsing.parse(ByteSource(string: TestCatalog.turtle), format: .turtle, base: TestCatalog.base) { quad in
            builder.add(Quad(quad.subject, quad.predicate, quad.object, graph: .iri(Self.graph)))
        }
        dataset = CatalogDataset(snapshot: builder.build(unionDefaultGraph: true), files: [], prefixes: [],
                                 rewriter: try BaseRewriter(base: TestCatalog.base), loadSeconds: 0)
    }

    var received: [Received] { log.withLock { $0 } }
    var queries: [String] { received.map(\.query) }
    /// Requests being answered now.
    var inFlight: Int { running.withLock { $0 } }
    func forget() { log.withLock { $0.removeAll() } }

    /// Runs `body` with the engine listening on a loopback port; `body` gets the query URL.
    func serving<T: Sendable>(_ body: @escaping @Sendable (String) async throws -> T) async throws -> T {
        let router = Router()
        router.post("/query") { request, _ -> Response in
            let form = try await request.body.collect(upTo: 1 << 22)
            return try await self.answer(String(buffer: form))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        return try await app.test(.live) { client in
            guard let port = client.port else { throw ServerError.internalError("the engine has no port") }
            return try await body("http://127.0.0.1:\(port)/query")
        }
    }

    func answer(_ body: String) async throws -> Response {
        let fields = Dictionary(FormDecoding.decode(body).map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        log.withLock { $0.append(Received(fields: fields)) }
        running.withLock { $0 += 1 }
        defer { running.withLock { $0 -= 1 } }
        let now = behaviour.withLock { b -> Behaviour in
            let current = b
            if case .slowOnce = b { b = .answer }
            return current
        }
        switch now {
        case .answer: break
        case .slowOnce(let seconds): try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
        case .slow(let seconds): try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
        case .fail(let status):
            return Response(status: .init(code: status), body: .init(byteBuffer: ByteBuffer(string: "engine failure")))
        case .partial:
            var headers = HTTPFields()
            headers[.contentType] = "application/n-triples"
            headers[HTTPField.Name("X-SQL-State")!] = "S1TAT"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "")))
        }
        let query = try SPARQLQuery(fields["query"] ?? "")
        let result = try QueryEngine().execute(query, on: dataset.snapshot)
        var headers = HTTPFields()
        let text: String
        if case .graph(let triples) = result {
            var out = ""
            try RDFSerializing.write(triples.map { Quad($0.subject, $0.predicate, $0.object) }, format: .ntriples, to: &out)
            text = out
            headers[.contentType] = RDFFormat.ntriples.mediaType
        } else {
            text = try SPARQLResultsFormat.json.writer.string(result)
            headers[.contentType] = "application/sparql-results+json"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A server in remote mode reading this engine at `url`, as `lodestat serve --sparql-endpoint` builds it.
    func remoteApplication(url: String, limits: EngineLimits = EngineLimits(), timeout: Double = 10)
        throws -> (some ApplicationProtocol, RemoteSource) {
        let client = SPARQLClient(endpoint: try RemoteEndpoint(query: url, timeout: timeout), limits: limits)
        let remote = RemoteCatalog(client: client, rewriter: dataset.rewriter, prefixes: dataset.prefixes,
                                   graphs: [Self.graph], tripleCount: dataset.snapshot.defaultGraphCount)
        let state = CatalogState(dataset: remote.dataset([]))
        let source = RemoteSource(remote, probeTimeout: 2, probeMaxAge: 60)
        var configuration = ServerConfiguration()
        configuration.engineLimits = limits
        let router = buildRouter(configuration: configuration, state: state, remote: source)
        return (Application(router: router), source)
    }
}
