import Dispatch

/// Runs blocking or CPU-long work (SPARQL evaluation, catalog reloads) on a dispatch queue of its
/// own, never on an event loop nor on a thread of the concurrency pool, so `/health` and every
/// other connection keep being answered while it runs.
enum BlockingWork {
    private static let queue = DispatchQueue(label: "lodestat.blocking", qos: .userInitiated, attributes: .concurrent)

    /// The value of `body`, computed on the queue; the caller's task waits without holding a thread.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// `run` for work that cannot throw.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
