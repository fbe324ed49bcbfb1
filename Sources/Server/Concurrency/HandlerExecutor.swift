/// Where request handlers run (`lodestat serve --executor`).
///
/// Measured with `bench/serve.sh` (README, Performance): Swift's pool gives the best cached REST
/// throughput and tail latency; NIO's loops as global executor save the hop to the pool but send
/// every `await` of a nonisolated function through a loop's task queue, which costs more than the
/// hop for cheap answers. A connection-wide task-executor preference for the channel's loop was
/// slower than both (a closure per job through `EventLoop.execute`).
public enum HandlerExecutor: String, Sendable, CaseIterable {
    /// Swift's own concurrency pool (Hummingbird's default).
    case swift
    /// NIO's event loops installed as Swift's global executor (`EventLoopExecutor`).
    case eventLoops = "event-loops"
}
