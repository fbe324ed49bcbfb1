import Catalog
import Dispatch
import Remote
import RDF
import Server
import SPARQL
import Synchronization

extension FuzzHarness {
    /// The base the remote target's catalog is served under.
    static let remoteBase = "http://localhost:8080/"

    /// Remote mode's request → query-text path, with a recording engine in place of the network.
    /// The input's first line is a request target (path, then `?query`). It goes through the
    /// server's `RemoteRequestReader` (route → subgraph plan or engine page → `SubgraphQuery` →
    /// `SPARQLClient`); every query the engine receives must parse with our SPARQL parser and have
    /// the shape of its template: the same query built with placeholder IRIs in place of the
    /// request's, parsed, equals it once the request's IRIs are replaced by the placeholders. A
    /// request naming an IRI no query can hold must send nothing. Any other outcome traps.
    public static func remote(_ data: UnsafeRawBufferPointer) {
        let target = String(text(data).split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        let (path, query) = splitTarget(target)
        let engine = remoteEngine
        engine.reset()
        let reader = RemoteRequestReader(remote: remoteCatalog)
        let outcome = blocking { try? await reader.read(path: path, query: query) }
        let received = engine.received
        guard let plan = RequestSubgraph.plan(path: path, base: remoteBase) else {
            require(received.isEmpty, "a route reading nothing sent \(received.count) queries", target)
            return
        }
        guard plan.isAskable else {
            require(received.isEmpty, "an unaskable IRI sent \(received.count) queries", target)
            if case .unaskable? = outcome {} else { fail("an unaskable IRI was not refused as not found", target) }
            return
        }
        require(outcome != nil, "reading an askable request from an engine answering nothing failed", target)
        let expected = expectedShapes(plan, path: path, query: query, target: target)
        for text in received {
            let parsed: SPARQLQuery
            do { parsed = try SPARQLQuery(text) } catch { fail("a query sent does not parse: \(error)\n\(text)", target) }
            let shape = placeholdered(parsed, seeds: plan.seedIRIs)
            require(expected.contains(shape), "a query sent has no template's shape:\n\(text)", target)
        }
    }

    /// The queries the reader may send for `plan` (the engine answering nothing), each parsed with
    /// placeholders in place of the request's IRIs.
    static func expectedShapes(_ plan: SubgraphPlan, path: String, query: String?, target: String) -> Set<SPARQLQuery> {
        var texts: [String] = []
        do {
            if let list = RequestSubgraph.enginePaged(path: path, query: query) {
                let idBase = remoteBase + "id/"
                texts = [try SubgraphQuery.listCount(list.kind, idBase: idBase),
                         try SubgraphQuery.listPage(list.kind, idBase: idBase, limit: list.limit, offset: list.offset)]
            } else {
                let seeds = plan.seedIRIs
                texts = try templates(plan, placeholders: Dictionary(seeds.enumerated().map { ($1, placeholder($0)) },
                                                                     uniquingKeysWith: { a, _ in a }))
            }
            return Set(try texts.map { try SPARQLQuery($0) })
        } catch {
            fail("a template does not build or parse: \(error)", target)
        }
    }

    /// The first-round queries of `plan` and of the plans it reads too, request IRIs replaced.
    static func templates(_ plan: SubgraphPlan, placeholders: [String: String]) throws -> [String] {
        var out: [String]
        switch plan.seeds {
        case .iris(let iris):
            out = iris.isEmpty ? [] : [try SubgraphQuery.round(iris.map { placeholders[$0] ?? $0 }, inverse: plan.inverse)]
        case .kinds(let kinds): out = [try SubgraphQuery.members(kinds)]
        case .searchable(let kinds): out = [try SubgraphQuery.searchable(kinds)]
        case .structural: out = [try SubgraphQuery.structural()]
        }
        for other in plan.also { out += try templates(other, placeholders: placeholders) }
        return out
    }

    static func placeholder(_ i: Int) -> String { "urn:lodestat:fuzz:seed:\(i)" }

    /// `query` with each of `seeds` replaced by its placeholder wherever a `VALUES` row holds it.
    /// Seeds are looked up as our parser reads them (`IRI.resolve`: dot segments removed, as RFC
    /// 3986 resolution does even for an absolute IRI), so `…/x/.` is still its request's IRI.
    static func placeholdered(_ query: SPARQLQuery, seeds: [String]) -> SPARQLQuery {
        var index: [String: String] = [:]
        for (i, seed) in seeds.enumerated() {
            let parsed = IRI.resolve(seed, against: nil)
            if index[parsed] == nil { index[parsed] = placeholder(i) }
        }
        var out = query
        out.algebra = query.algebra.rewrite { node in
            guard case .table(let variables, let rows) = node else { return nil }
            return .table(variables: variables, rows: rows.map { row in
                row.map { term in term.flatMap { $0.iriValue }.flatMap { index[$0] }.map(Term.iri) ?? term }
            })
        }
        return out
    }

    /// `target` split at its first `?`.
    static func splitTarget(_ target: String) -> (String, String?) {
        guard let mark = target.firstIndex(of: "?") else { return (target, nil) }
        return (String(target[..<mark]), String(target[target.index(after: mark)...]))
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String, _ target: String) {
        if !condition { fail(message(), target) }
    }

    static func fail(_ message: String, _ target: String) -> Never {
        fatalError("remote: \(message)\nrequest target: \(target.debugDescription)")
    }

    /// Waits for `body` (the fuzzer calls in synchronously). `body` runs on a queue of its own
    /// (`SerialQueueExecutor`), never on the cooperative pool: the caller may itself be a pool
    /// thread (the corpus replay tests), and blocking every pool thread on work that needs one
    /// would never end.
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
        let outcome = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: remoteExecutor) {
            let value = await body()
            outcome.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        guard let value = outcome.withLock({ $0 }) else { fatalError("remote: lost the reader's outcome") }
        return value
    }

    static let remoteExecutor = SerialQueueExecutor()

    /// A task executor running every job on one dispatch queue.
    final class SerialQueueExecutor: TaskExecutor {
        private let queue = DispatchQueue(label: "lodestat.fuzz.remote")

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }

    static let remoteEngine = RecordingEngine()

    static let remoteCatalog: RemoteCatalog = {
        do {
            let client = SPARQLClient(endpoint: try RemoteEndpoint(query: "http://127.0.0.1:9/query", timeout: 5),
                                      transport: remoteEngine)
            return RemoteCatalog(client: client, rewriter: try BaseRewriter(base: remoteBase), prefixes: [],
                                 graphs: ["urn:lodestat:graph:catalog/a.ttl"], tripleCount: 0)
        } catch {
            fatalError("remote: cannot set up the catalog: \(error)")
        }
    }()

    /// An engine that records every query it receives and answers with nothing: an empty graph, no
    /// solutions, a count of 0.
    final class RecordingEngine: EngineTransport {
        private let queries = Mutex<[String]>([])

        var received: [String] { queries.withLock { $0 } }
        func reset() { queries.withLock { $0.removeAll() } }

        func send(_ request: EngineRequest) async throws -> HTTPReply {
            guard let text = request.formFields.first(where: { $0.name == "query" })?.value else {
                fatalError("remote: a request to the engine carries no query")
            }
            queries.withLock { $0.append(text) }
            if request.headers["Accept"]?.hasPrefix("application/sparql-results") == true {
                let isCount = text.hasPrefix("SELECT (COUNT(*) AS ?n)")
                let body = isCount
                    ? #"{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"0","datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}"#
                    : #"{"head":{"vars":["s"]},"results":{"bindings":[]}}"#
                return HTTPReply(status: 200, contentType: "application/sparql-results+json", body: Array(body.utf8))
            }
            return HTTPReply(status: 200, contentType: "application/n-triples", body: [])
        }
    }
}
