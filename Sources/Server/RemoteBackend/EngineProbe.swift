import Foundation
import Remote

/// Whether the SPARQL engine answers, for `/health` in remote mode: one cheap `ASK {}` under a
/// short timeout, remembered for `maxAge` seconds, so `/health` stays fast and a flood of health
/// checks sends the engine one query a second. Concurrent checks share the query in flight.
public actor EngineProbe {
    /// What `/health` reports about the engine.
    public struct Status: Sendable, Equatable {
        public var reachable: Bool
        public var checkedAt: Date
        /// The last failure seen (by a probe or a reload), kept after the engine is back; nil if none yet.
        public var lastError: String?
        public var lastErrorAt: Date?
    }

    let client: SPARQLClient
    let maxAge: Double
    private var last: Status?
    private var lastError: (message: String, at: Date)?
    private var inFlight: Task<(Date, String?), Never>?

    public init(client: SPARQLClient, maxAge: Double) {
        self.client = client
        self.maxAge = maxAge
    }

    /// The engine's URL (the query endpoint).
    public nonisolated var url: String { client.endpoint.query.absoluteString }

    /// The engine's status, at most `maxAge` seconds old.
    public func status() async -> Status {
        if let last, Date().timeIntervalSince(last.checkedAt) < maxAge { return last }
        let probe: Task<(Date, String?), Never>
        if let inFlight { probe = inFlight } else {
            let client = self.client
            probe = Task {
                do {
                    _ = try await client.solutions(SPARQLClient.probeQuery)
                    return (Date(), nil)
                } catch {
                    return (Date(), String(describing: error))
                }
            }
            inFlight = probe
        }
        let (at, failure) = await probe.value
        if inFlight == probe { inFlight = nil }
        if let failure, (lastError?.at ?? .distantPast) < at { lastError = (failure, at) }
        let status = Status(reachable: failure == nil, checkedAt: at, lastError: lastError?.message,
                            lastErrorAt: lastError?.at)
        last = status
        return status
    }

    /// A failure seen elsewhere (a reload that could not reach the engine): reported as the last error
    /// and forces the next `/health` to ask the engine again.
    public func record(failure: any Error) {
        lastError = (String(describing: failure), Date())
        last = nil
    }

    /// Forgets the remembered status (after a reload).
    public func invalidate() {
        last = nil
    }
}
