import Dispatch
import Remote
import RDF
import SPARQL
import Synchronization

/// `/sparql` over a remote engine: the query text, already parsed here (so syntax errors carry our
/// positions), is sent on with its dataset; the answer is read back and written by the same
/// negotiation and serializers as the embedded store's, so every documented format is offered
/// whatever the engine writes, and the row limit holds.
///
/// Without a dataset in the request, the engine is given the catalog's graphs explicitly, both as
/// default graph (their union) and as named graphs: the dataset the embedded store answers over,
/// whatever the engine's own default graph is.
struct RemoteSPARQLRepository: SPARQLRepository {
    let source: RemoteSource

    func execute(_ query: SPARQLQuery, text: String, options: QueryOptions) throws -> QueryResult {
        // The engine would call other servers on the client's behalf: refused, as the embedded
        // engine refuses it.
        if query.algebra.containsService {
            throw QueryEvaluationError.serviceNotSupported("a remote engine is never asked to call other endpoints")
        }
        let remote = source.catalog
        let dataset = query.dataset ?? DatasetClause(defaultGraphs: remote.graphs, namedGraphs: remote.graphs)
        let client = remote.client
        let isGraph: Bool
        switch query.form {
        case .construct, .describe: isGraph = true
        default: isGraph = false
        }
        // The engine gets the query's own time budget when it is shorter than the engine timeout, and
        // the exchange is cancelled when it is spent. The client's query is the client's: its
        // timeouts do not count against the engine's health (`SPARQLClient.Origin.client`).
        let budget = options.timeout.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }
            ?? client.endpoint.timeout
        var result: QueryResult
        do {
            result = try Self.blocking {
                try await EngineDeadline.within(seconds: budget) {
                    if isGraph {
                        return .graph(try await client.graph(text, defaultGraphs: dataset.defaultGraphs,
                                                             namedGraphs: dataset.namedGraphs, origin: .client).map(\.triple))
                    }
                    return try await client.solutions(text, defaultGraphs: dataset.defaultGraphs,
                                                      namedGraphs: dataset.namedGraphs, origin: .client)
                }
            }
        } catch let e as RemoteError {
            throw ServerError(e, clientQuery: true)
        }
        // Engines differ in the order of the columns they list (and some list none for an empty
        // answer): the columns are this engine's, as the query projects them.
        if case .solutions(let table) = result, let projected = query.algebra.projectedVariables {
            result = .solutions(table.reordered(as: projected))
        }
        if let limit = options.maxRows {
            switch result {
            case .graph(let t) where t.count > limit: throw QueryEvaluationError.tooManyRows(limit: limit)
            case .solutions(let s) where s.rows.count > limit: throw QueryEvaluationError.tooManyRows(limit: limit)
            default: break
            }
        }
        return result
    }

    func datasetSummary() -> (triples: Int, namedGraphs: [String]) {
        let remote = source.catalog
        return (remote.tripleCount, remote.graphs)
    }

    /// Waits for `body` on the calling thread (`QueryRunner`'s own queue, never an event loop).
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do { let value = try await body(); outcome.withLock { $0 = .success(value) } }
            catch { outcome.withLock { $0 = .failure(error) } }
            done.signal()
        }
        done.wait()
        guard let result = outcome.withLock({ $0 }) else { throw ServerError.internalError("remote query lost") }
        return try result.get()
    }
}
