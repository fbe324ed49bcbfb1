import Synchronization

/// Every request this replica sends to the engine passes here first: at most `maxConcurrent` in
/// flight (one more is refused at once: `RemoteError.overloaded`), and none while the circuit
/// breaker is open (`RemoteError.circuitOpen`), so a slow or failing engine does not pile up
/// connections and waiting clients. Shared by every copy of a `SPARQLClient`, and across reloads.
public final class EngineGate: Sendable {
    /// What `/metrics` publishes.
    public struct Counts: Sendable, Equatable {
        public var inFlight = 0
        public var sent = 0
        public var failures = 0
        public var rejectedOverloaded = 0
        public var rejectedOpen = 0
        public var breakerOpenings = 0
        public var breakerOpen = false
    }

    /// How an admitted request ended, for the breaker.
    public enum Outcome: Sendable {
        case success
        case failure
        /// Says nothing about the engine's health (cancelled by the client, the client's query refused).
        case neutral
    }

    public let limits: EngineLimits
    private struct State {
        var breaker: CircuitBreaker
        var counts = Counts()
    }
    private let state: Mutex<State>

    public init(limits: EngineLimits) {
        self.limits = limits
        state = Mutex(State(breaker: CircuitBreaker(threshold: limits.breakerFailures,
                                                    cooldownSeconds: limits.breakerCooldown)))
    }

    /// Takes a slot for one request, or throws why not.
    public func admit() throws(RemoteError) {
        let now = ContinuousClock.now
        let refusal: RemoteError? = state.withLock { s in
            if s.counts.inFlight >= limits.maxConcurrent {
                s.counts.rejectedOverloaded += 1
                return .overloaded(limit: limits.maxConcurrent)
            }
            if let wait = s.breaker.admit(now: now) {
                s.counts.rejectedOpen += 1
                return .circuitOpen(failures: s.breaker.consecutiveFailures, retryAfter: wait)
            }
            s.counts.inFlight += 1
            s.counts.sent += 1
            return nil
        }
        if let refusal { throw refusal }
    }

    /// Gives the slot back with the request's outcome.
    public func finish(_ outcome: Outcome) {
        let now = ContinuousClock.now
        state.withLock { s in
            s.counts.inFlight -= 1
            switch outcome {
            case .success: s.breaker.record(success: true, now: now)
            case .failure:
                s.counts.failures += 1
                s.breaker.record(success: false, now: now)
            case .neutral: s.breaker.record(success: nil, now: now)
            }
        }
    }

    /// The counters now.
    public var counts: Counts {
        state.withLock { s in
            var c = s.counts
            c.breakerOpenings = s.breaker.openings
            c.breakerOpen = s.breaker.isOpen
            return c
        }
    }
}
