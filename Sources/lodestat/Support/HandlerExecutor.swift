import ArgumentParser

/// `lodestat serve --executor`: where request handlers run.
enum HandlerExecutor: String, ExpressibleByArgument {
    /// NIO's event loops, made Swift's global executor: no thread hop per request.
    case eventLoops = "event-loops"
    /// Swift's own concurrency pool.
    case swift
}
