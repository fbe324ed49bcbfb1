import Catalog
import Remote
import Synchronization

/// The connection to the engine in service (its graph list and prefixes, `RemoteCatalog`), swapped
/// atomically by a reload: a request takes one `RemoteCatalog` and reads with it for its whole answer.
public final class RemoteSource: Sendable {
    private let current: Mutex<RemoteCatalog>
    /// The engine's health as `/health` reports it (one cheap query, remembered for a second).
    public let probe: EngineProbe

    public init(_ remote: RemoteCatalog, probeTimeout: Double = 2, probeMaxAge: Double = 1) {
        current = Mutex(remote)
        probe = EngineProbe(client: remote.client.ungated(timeout: probeTimeout),
                            maxAge: probeMaxAge)
    }

    /// The connection in service now.
    public var catalog: RemoteCatalog { current.withLock { $0 } }

    /// Reloading in remote mode (SIGHUP, `POST /admin/reload`): reads the engine's graph list and
    /// prefixes again (`RemoteCatalog.connect`), then swaps the new connection in together with a new
    /// generation of `state`, which drops the caches of the old one (representations, SDMX artefacts).
    /// An unreachable engine, or one holding no catalog graph, changes nothing: the old connection
    /// keeps serving and the error is logged and reported (the same contract as the embedded reload).
    public func reloader(state: CatalogState, onReload: (@Sendable (Bool) -> Void)? = nil) -> CatalogReloader {
        CatalogReloader(onReload: onReload) { [self] in
            let old = catalog
            let next: RemoteCatalog
            do {
                next = try await RemoteCatalog.connect(old.client, base: old.rewriter.to)
            } catch {
                await probe.record(failure: error)
                throw error
            }
            current.withLock { $0 = next }
            let generation = state.replace(with: next.dataset([]))
            await probe.invalidate()
            return (generation, next.tripleCount)
        }
    }
}
