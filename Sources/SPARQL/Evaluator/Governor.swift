/// Watches the deadline and cancellation; evaluation loops call `tick()` per unit of work.
final class Governor {
    private let deadline: ContinuousClock.Instant?
    private let isCancelled: (@Sendable () -> Bool)?
    private var ticks: UInt = 0

    init(options: QueryOptions) {
        deadline = options.timeout.map { ContinuousClock.now.advanced(by: $0) }
        isCancelled = options.isCancelled
    }

    @inline(__always)
    func tick() throws {
        ticks &+= 1
        if ticks & 255 == 0 { try check() }
    }

    func check() throws {
        if let deadline, ContinuousClock.now >= deadline { throw QueryEvaluationError.timeout }
        if Task.isCancelled || (isCancelled?() ?? false) { throw QueryEvaluationError.cancelled }
    }
}
