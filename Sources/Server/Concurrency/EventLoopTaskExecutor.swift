import NIOCore

/// One event loop as a task executor (SE-0417). A connection's task that prefers it runs its
/// handlers on the loop that reads and writes its socket: no hop to Swift's pool and back per
/// request, and, unlike a global executor hook, no re-enqueueing at every `await` of a
/// nonisolated function (the runtime sees the task already on its preferred executor).
final class EventLoopTaskExecutor: TaskExecutor {
    let loop: any EventLoop

    init(loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: UnownedJob) {
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
