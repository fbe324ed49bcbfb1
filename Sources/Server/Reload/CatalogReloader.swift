import Catalog
import Logging
import Synchronization

/// Builds a new snapshot with `load` and swaps it in; a failing load leaves the catalog in
/// service untouched. Reloads never overlap: a second one waits for the first.
public final class CatalogReloader: Sendable {
    public typealias Loader = @Sendable () throws -> CatalogDataset

    private let state: CatalogState
    private let load: Loader
    private let running = Mutex(false)
    private let onReload: (@Sendable (Bool) -> Void)?

    public init(state: CatalogState, onReload: (@Sendable (Bool) -> Void)? = nil, load: @escaping Loader) {
        self.state = state
        self.load = load
        self.onReload = onReload
    }

    /// The outcome of one reload.
    public enum Outcome: Sendable, Equatable {
        case reloaded(generation: Int, triples: Int)
        case failed(String)
        case alreadyRunning
    }

    /// Loads and swaps, off the caller's executor when awaited from a task.
    public func reload(logger: Logger) -> Outcome {
        let started = running.withLock { busy -> Bool in
            if busy { return false }
            busy = true
            return true
        }
        guard started else { return .alreadyRunning }
        defer { running.withLock { $0 = false } }
        do {
            let dataset = try load()
            let snapshot = dataset.snapshot
            let generation = state.replace(with: dataset)
            logger.info("catalog reloaded", metadata: ["generation": "\(generation)", "triples": "\(snapshot.defaultGraphCount)"])
            onReload?(true)
            return .reloaded(generation: generation, triples: snapshot.defaultGraphCount)
        } catch {
            logger.error("catalog reload failed; the previous catalog is still served", metadata: ["error": "\(error)"])
            onReload?(false)
            return .failed(String(describing: error))
        }
    }
}
