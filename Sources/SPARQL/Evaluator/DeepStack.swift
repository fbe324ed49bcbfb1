import Foundation

/// Runs evaluation on a thread with a large stack: nested-loop joins recurse once per triple
/// pattern and per nested operator, which small default stacks (Swift concurrency, server
/// threads) cannot always take. The calling thread waits, polling task cancellation for the worker.
enum DeepStack {
    static let stackSize = 64 << 20

    /// Set by the waiting thread when its task is cancelled; read by the governor.
    final class CancellationFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
        func set() { lock.lock(); value = true; lock.unlock() }
    }

    private final class Box<T>: @unchecked Sendable {
        /// Released by the worker before it signals, so the closure never outlives the call.
        var body: (() throws -> T)?
        var result: Result<T, any Error>?
        init(_ body: @escaping () throws -> T) { self.body = body }
    }

    static func run<T>(_ flag: CancellationFlag, _ body: () throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { escapable in
            let box = Box(escapable)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                if let body = box.body {
                    box.result = Result { try body() }
                }
                box.body = nil
                done.signal()
            }
            thread.stackSize = stackSize
            thread.start()
            while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
                if Task.isCancelled { flag.set() }
            }
            guard let result = box.result else { throw QueryEvaluationError.cancelled }
            return try result.get()
        }
    }
}
