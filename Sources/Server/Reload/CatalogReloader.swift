import Catalog
import Logging
import Synchronization

/// Builds the next catalog beside the one in service and swaps it in; a failing load leaves the
/// catalog in service untouched. Reloads never overlap: a second one is refused while the first runs.
///
/// Embedded mode loads the files again (`init(state:load:)`); remote mode reconnects to the engine
/// (`RemoteSource.reloader`). Both swap through `swap`, which returns the new generation and size.
public final class CatalogReloader: Sendable {
    public typealias Loader = @Sendable () throws -> CatalogDataset
    /// Builds the next catalog, puts it in service and returns its generation and triple count;
    /// throws (changing nothing) when the new catalog cannot be built.
    public typealias Swap = @Sendable () async throws -> (generation: Int, triples: Int)

    private let swap: Swap
    private let running = Mutex(false)
    private let onReload: (@Sendable (Bool) -> Void)?

    /// Reloads by running `load` and putting its dataset in `state`.
    public convenience init(state: CatalogState, onReload: (@Sendable (Bool) -> Void)? = nil, load: @escaping Loader) {
        self.init(onReload: onReload) {
            // Loading is long CPU work: off the event loops and the concurrency pool.
            let dataset = try await BlockingWork.run(load)
            return (state.replace(with: dataset), dataset.snapshot.defaultGraphCount)
        }
    }

    public init(onReload: (@Sendable (Bool) -> Void)? = nil, swap: @escaping Swap) {
        self.swap = swap
        self.onReload = onReload
    }

    /// The outcome of one reload.
    public enum Outcome: Sendable, Equatable {
        case reloaded(generation: Int, triples: Int)
        case failed(String)
        case alreadyRunning
    }

    /// Loads and swaps (callers run it off the event loops: `Task.detached`).
    public func reload(logger: Logger) async -> Outcome {
        let started = running.withLock { busy -> Bool in
            if busy { return false }
            busy = true
            return true
        }
        guard started else { return .alreadyRunning }
        defer { running.withLock { $0 = false } }
        do {
            let (generation, triples) = try await swap()
            logger.info("catalog reloaded", metadata: ["generation": "\(generation)", "triples": "\(triples)"])
            onReload?(true)
            return .reloaded(generation: generation, triples: triples)
        } catch {
            logger.error("catalog reload failed; the previous catalog is still served", metadata: ["error": "\(error)"])
            onReload?(false)
            return .failed(String(describing: error))
        }
    }
}
