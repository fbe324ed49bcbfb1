import NIOCore
import NIOPosix
import Synchronization

/// Swift concurrency's global executor put on NIO's event loops (`MultiThreadedEventLoopGroup.singleton`,
/// which Hummingbird serves on), so a request's handler runs on the thread that read it instead of
/// hopping to the concurrency pool and back. Work that may run long (SPARQL evaluation, reloads)
/// goes to `BlockingWork`, never onto an event loop.
public enum EventLoopExecutor {
    private static let outcome = Mutex<Bool?>(nil)

    /// Installs the event loops as the global executor, once per process; later calls return the
    /// first outcome. False when the runtime does not allow it (the default executor then stays).
    public static func install() -> Bool {
        outcome.withLock { known in
            if let known { return known }
            let installed = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
            known = installed
            return installed
        }
    }
}
