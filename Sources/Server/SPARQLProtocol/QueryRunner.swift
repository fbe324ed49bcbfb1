import Dispatch
import SPARQL

/// Runs queries on a dispatch queue of its own, so a long query never holds an event loop or a
/// thread of the concurrency pool; a cancelled request cancels its query.
struct QueryRunner: Sendable {
    private static let queue = DispatchQueue(label: "lodestat.sparql", qos: .userInitiated, attributes: .concurrent)

    func run(_ query: SPARQLQuery, text: String, on repository: some SPARQLRepository,
             options: QueryOptions) async throws -> QueryResult {
        let cancelled = CancellationFlag()
        var options = options
        let previous = options.isCancelled
        options.isCancelled = { cancelled.isSet || (previous?() ?? false) }
        let finalOptions = options
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                QueryRunner.queue.async {
                    continuation.resume(with: Result { try repository.execute(query, text: text, options: finalOptions) })
                }
            }
        } onCancel: {
            cancelled.set()
        }
    }
}

import Synchronization

/// A flag set once, read from any thread.
final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    var isSet: Bool { flag.load(ordering: .relaxed) }
    func set() { flag.store(true, ordering: .relaxed) }
}
