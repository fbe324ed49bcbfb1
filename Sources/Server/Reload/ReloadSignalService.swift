import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the catalog on every SIGHUP until the application shuts down.
struct ReloadSignalService: Service {
    let reloader: CatalogReloader
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            logger.info("SIGHUP: reloading the catalog")
            let reloader = self.reloader, logger = self.logger
            _ = await Task.detached { await reloader.reload(logger: logger) }.value
        }
    }
}
