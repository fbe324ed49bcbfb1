import Catalog
import Foundation
import Hummingbird
import HummingbirdTesting
import Remote
import Server
import Synchronization
import Testing

/// What one request may cost the engine, against `RemoteRecordingEngine` on loopback: the time
/// budget is passed as a protocol parameter and enforced here by cancelling the exchange; requests
/// beyond the cap get 503 with `Retry-After`; a failing engine opens the circuit (503 at once,
/// nothing sent), and one probe after the cool-down closes it.
@Suite(.serialized) struct RemoteEngineLimitsTests {
    static func engine() throws -> RemoteRecordingEngine {
        try RemoteRecordingEngine()
    }

    @Test func theTimeBudgetIsPassedToTheEngine() async throws {
        let engine = try Self.engine()
        try await engine.serving { url in
            // A budget a loaded test machine cannot run out of (the parameter is what is checked).
            let (app, _) = try engine.remoteApplication(url: url, timeout: 60)
            try await app.test(.router) { client in
                _ = try await client.execute(uri: "/api/organisations/insee", method: .get) { r in #expect(r.status == .ok) }
            }
            let sent = engine.received.compactMap { $0.fields["timeout"].flatMap(Int.init) }
            #expect(sent.count == engine.received.count && !sent.isEmpty)
            #expect(sent.allSatisfy { $0 > 0 && $0 <= 60000 }, "\(sent)")
        }
        engine.forget()
        try await engine.serving { url in
            var limits = EngineLimits()
            limits.timeoutParameter = .init(name: "maxQueryTime", unit: .seconds)
            let (app, _) = try engine.remoteApplication(url: url, limits: limits, timeout: 60)
            try await app.test(.router) { client in
                _ = try await client.execute(uri: "/id/organisation/insee", method: .get) { r in #expect(r.status == .ok) }
            }
            #expect(engine.received.allSatisfy { $0.fields["timeout"] == nil })
            #expect(engine.received.allSatisfy { ($0.fields["maxQueryTime"].flatMap(Int.init) ?? 0).isMultiple(of: 1) })
            #expect(engine.received.allSatisfy { (1...60).contains($0.fields["maxQueryTime"].flatMap(Int.init) ?? 0) })
        }
        engine.forget()
        try await engine.serving { url in
            var limits = EngineLimits()
            limits.timeoutParameter = nil
            let (app, _) = try engine.remoteApplication(url: url, limits: limits)
            try await app.test(.router) { client in
                _ = try await client.execute(uri: "/id/organisation/insee", method: .get) { r in #expect(r.status == .ok) }
            }
            #expect(!engine.received.isEmpty)
            #expect(engine.received.allSatisfy { Set($0.fields.keys) == ["query", "default-graph-uri", "named-graph-uri"]
                || Set($0.fields.keys) == ["query"] })
        }
    }

    /// A slow engine: the exchange is cancelled at the deadline and the client gets 504 soon after,
    /// not when the engine finally answers.
    @Test func aSlowEngineIsCutOffAtTheDeadline() async throws {
        let engine = try Self.engine()
        engine.behaviour.withLock { $0 = .slow(seconds: 5) }
        try await engine.serving { url in
            let (app, _) = try engine.remoteApplication(url: url, timeout: 1)
            let started = ContinuousClock.now
            try await app.test(.router) { client in
                try await client.execute(uri: "/id/organisation/insee", method: .get) { r in
                    #expect(r.status == .gatewayTimeout)
                    #expect(r.headers[.contentType] == "application/problem+json")
                }
            }
            #expect(ContinuousClock.now - started < .seconds(4))
            #expect(engine.received.count == 1)
        }
    }

    /// Virtuoso's anytime answers (cut short, 200 with `X-SQL-State`) are never served as whole.
    @Test func aPartialAnswerIsATimeoutNotAResult() async throws {
        let engine = try Self.engine()
        engine.behaviour.withLock { $0 = .partial }
        try await engine.serving { url in
            let (app, _) = try engine.remoteApplication(url: url)
            try await app.test(.router) { client in
                try await client.execute(uri: "/id/organisation/insee", method: .get) { r in
                    #expect(r.status == .gatewayTimeout)
                }
            }
        }
    }

    @Test func requestsBeyondTheCapGet503WithRetryAfter() async throws {
        let engine = try Self.engine()
        engine.behaviour.withLock { $0 = .slowOnce(seconds: 2) }
        try await engine.serving { url in
            let (app, source) = try engine.remoteApplication(url: url, limits: EngineLimits(maxConcurrent: 1, breakerFailures: 0))
            try await app.test(.router) { client in
                async let first = client.execute(uri: "/api/organisations/insee", method: .get) { $0.status }
                while engine.inFlight == 0 { try await Task.sleep(for: .milliseconds(20)) }
                try await client.execute(uri: "/api/dataflows/DF_CPI", method: .get) { r in
                    #expect(r.status == .serviceUnavailable)
                    #expect(r.headers[.retryAfter] == "1")
                    #expect(r.text.contains("engine-unavailable"))
                }
                #expect(try await first == .ok)
                try await client.execute(uri: "/metrics", method: .get) { r in
                    #expect(Self.metric("lodestat_engine_rejected{reason=\"concurrency\"}", r.text) == 1)
                }
            }
            #expect(source.catalog.client.gate.counts.rejectedOverloaded == 1)
            #expect(source.catalog.client.gate.counts.inFlight == 0)
        }
    }

    @Test func theBreakerOpensAfterConsecutiveFailuresAndAProbeClosesIt() async throws {
        let engine = try Self.engine()
        engine.behaviour.withLock { $0 = .fail(status: 500) }
        try await engine.serving { url in
            let limits = EngineLimits(maxConcurrent: 8, breakerFailures: 2, breakerCooldown: 1)
            let (app, source) = try engine.remoteApplication(url: url, limits: limits)
            try await app.test(.router) { client in
                for _ in 0..<2 {
                    try await client.execute(uri: "/api/organisations/insee", method: .get) { r in
                        #expect(r.status == .badGateway)
                    }
                }
                let asked = engine.received.count
                try await client.execute(uri: "/api/organisations/insee", method: .get) { r in
                    #expect(r.status == .serviceUnavailable)
                    #expect(r.headers[.retryAfter].flatMap(Int.init).map { (1...2).contains($0) } == true)
                }
                #expect(engine.received.count == asked, "an open circuit still asked the engine")
                try await client.execute(uri: "/metrics", method: .get) { r in
                    #expect(Self.metric("lodestat_engine_breaker_open", r.text) == 1)
                    #expect(Self.metric("lodestat_engine_breaker_openings", r.text) == 1)
                }
                // The engine recovers; after the cool-down one probe goes through and closes the circuit.
                engine.behaviour.withLock { $0 = .answer }
                try await Task.sleep(for: .milliseconds(1200))
                try await client.execute(uri: "/api/organisations/insee", method: .get) { r in
                    #expect(r.status == .ok)
                }
                try await client.execute(uri: "/api/dataflows/DF_CPI", method: .get) { r in
                    #expect(r.status == .ok)
                }
            }
            let counts = source.catalog.client.gate.counts
            #expect(counts.breakerOpenings == 1)
            #expect(!counts.breakerOpen)
            #expect(counts.rejectedOpen == 1)
        }
    }

    /// A client's own `/sparql` query that times out does not open the circuit for everyone.
    @Test func slowClientQueriesDoNotOpenTheBreaker() async throws {
        let engine = try Self.engine()
        engine.behaviour.withLock { $0 = .slow(seconds: 3) }
        try await engine.serving { url in
            let (app, source) = try engine.remoteApplication(url: url, limits: EngineLimits(breakerFailures: 1), timeout: 1)
            try await app.test(.router) { client in
                for _ in 0..<2 {
                    try await client.execute(uri: "/sparql?query=ASK%7B%7D", method: .get) { r in
                        #expect(r.status == .gatewayTimeout)
                    }
                }
            }
            #expect(source.catalog.client.gate.counts.breakerOpenings == 0)
        }
    }

    /// The value of `name` (with its labels) in a Prometheus exposition.
    static func metric(_ name: String, _ text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
    }
}
