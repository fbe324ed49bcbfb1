/// The circuit breaker's rules, without a clock or a lock (`EngineGate` holds both): closed, it
/// counts consecutive failures and opens at `threshold`; open, it refuses until `cooldown` has
/// passed, then lets one request through as a probe (half-open) whose outcome closes or reopens it.
struct CircuitBreaker: Sendable {
    enum State: Sendable, Equatable {
        case closed
        case open(until: ContinuousClock.Instant)
        case halfOpen(probing: Bool)
    }

    let threshold: Int
    let cooldown: Duration
    private(set) var state = State.closed
    private(set) var consecutiveFailures = 0
    /// Times the circuit opened.
    private(set) var openings = 0

    init(threshold: Int, cooldownSeconds: Double) {
        self.threshold = threshold
        let ms = cooldownSeconds.isFinite ? min(max(cooldownSeconds, 0), 86_400) * 1000 : 0
        cooldown = .milliseconds(Int64(ms.rounded(.up)))
    }

    /// Whether a request may go now; nil when it may, else the seconds until it may try again.
    /// Letting the half-open probe through marks it in flight.
    mutating func admit(now: ContinuousClock.Instant) -> Int? {
        switch state {
        case .closed: return nil
        case .open(let until):
            guard now >= until else { return Self.wholeSeconds(now.duration(to: until)) }
            state = .halfOpen(probing: true)
            return nil
        case .halfOpen(let probing):
            if probing { return 1 }
            state = .halfOpen(probing: true)
            return nil
        }
    }

    /// The outcome of an admitted request: true success, false failure, nil neither (cancelled,
    /// the client's own query refused): the probe slot is freed, the count unchanged.
    mutating func record(success: Bool?, now: ContinuousClock.Instant) {
        switch success {
        case true?:
            consecutiveFailures = 0
            state = .closed
        case false?:
            consecutiveFailures += 1
            let tripped: Bool
            switch state {
            case .halfOpen: tripped = true
            case .closed: tripped = threshold > 0 && consecutiveFailures >= threshold
            case .open: tripped = false
            }
            if tripped {
                state = .open(until: now.advanced(by: cooldown))
                openings += 1
            }
        case nil:
            if case .halfOpen = state { state = .halfOpen(probing: false) }
        }
    }

    var isOpen: Bool { if case .closed = state { return false } else { return true } }

    static func wholeSeconds(_ d: Duration) -> Int {
        max(1, Int(d.components.seconds) + (d.components.attoseconds > 0 ? 1 : 0))
    }
}
