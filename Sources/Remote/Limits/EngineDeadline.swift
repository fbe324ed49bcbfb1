/// The instant by which the engine work of one client request must be done, shared by every
/// engine request it makes (rounds, batches, counts): each gets what is left of it as its timeout,
/// and none is sent once it has passed. Set by the server around a request (a task-local value, so
/// the batches run in child tasks see it).
public enum EngineDeadline {
    @TaskLocal public static var current: ContinuousClock.Instant?

    /// Runs `body` with a deadline `seconds` from now (or the current one, when it is sooner).
    public static func within<T>(seconds: Double, _ body: () async throws -> T) async rethrows -> T {
        let clamped = seconds.isFinite ? min(max(seconds, 0), 86_400) : 86_400
        let mine = ContinuousClock.now.advanced(by: .milliseconds(Int64((clamped * 1000).rounded(.up))))
        let deadline = current.map { min($0, mine) } ?? mine
        return try await $current.withValue(deadline) { try await body() }
    }

    /// Seconds left before the current deadline, at most `cap` (all of `cap` without a deadline).
    static func remaining(cap: Double) -> Double {
        guard let current else { return cap }
        let left = ContinuousClock.now.duration(to: current)
        return min(cap, Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18)
    }
}
