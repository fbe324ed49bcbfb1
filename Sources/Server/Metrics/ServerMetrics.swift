import Metrics
import Prometheus
import Remote
import Synchronization

/// Request counts, durations and store size, kept in one Prometheus registry per application
/// (no global bootstrap, so tests can build many applications in one process).
public final class ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    /// Handles already made, by method, route and status (the factory's lookup is not free).
    private let responseCacheHits: Metrics.Counter
    private let responseCacheStores: Metrics.Counter
    private let handles = Mutex<[HandleKey: (Metrics.Counter, Metrics.Timer)]>([:])

    /// What one pair of handles is for (hashed as it is: no key string built per request).
    private struct HandleKey: Hashable {
        let method: String, route: String, status: Int
    }

    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        responseCacheHits = Metrics.Counter(label: "lodestat_response_cache_hits_total", factory: factory)
        responseCacheStores = Metrics.Counter(label: "lodestat_response_cache_stores_total", factory: factory)
    }

    /// Counts one answered request and records how long it took.
    public func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let key = HandleKey(method: method, route: route, status: status)
        let (counter, timer) = handles.withLock { cache in
            if let h = cache[key] { return h }
            let h = (Metrics.Counter(label: "lodestat_http_requests_total",
                             dimensions: [("method", method), ("route", route), ("status", String(status))], factory: factory),
                     Metrics.Timer(label: "lodestat_http_request_duration_seconds", dimensions: [("route", route)],
                                   factory: factory))
            cache[key] = h
            return h
        }
        counter.increment()
        let (seconds, attoseconds) = duration.components
        timer.recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Counts one answer served by the response cache (the request is also counted by `recordRequest`).
    public func recordResponseCacheHit() { responseCacheHits.increment() }

    /// Counts one answer kept by the response cache.
    public func recordResponseCacheStore() { responseCacheStores.increment() }

    /// The response cache whose size `/metrics` publishes (set once, when the server is built).
    private let responseCache = Mutex<ResponseCache?>(nil)

    /// Publishes `cache`'s size on every exposition from now on.
    public func track(_ cache: ResponseCache) { responseCache.withLock { $0 = cache } }

    /// The engine gate whose counters `/metrics` publishes (serving from a SPARQL engine).
    private let engineCounts = Mutex<(@Sendable () -> EngineGate.Counts)?>(nil)

    /// Publishes the engine gate's counters on every exposition from now on.
    public func track(engine counts: @escaping @Sendable () -> EngineGate.Counts) { engineCounts.withLock { $0 = counts } }

    /// Publishes the size of the catalog in service.
    public func recordStore(triples: Int, quads: Int, terms: Int, generation: Int) {
        Gauge(label: "lodestat_store_triples", factory: factory).record(triples)
        Gauge(label: "lodestat_store_named_graph_quads", factory: factory).record(quads)
        Gauge(label: "lodestat_store_terms", factory: factory).record(terms)
        Gauge(label: "lodestat_catalog_generation", factory: factory).record(generation)
    }

    /// Counts a reload attempt by outcome.
    public func recordReload(succeeded: Bool) {
        Counter(label: "lodestat_catalog_reloads_total", dimensions: [("outcome", succeeded ? "success" : "failure")],
                factory: factory).increment()
    }

    /// The Prometheus text exposition of every metric (the response cache's size read now).
    public func exposition() -> String {
        if let cache = responseCache.withLock({ $0 }) {
            let size = cache.size
            Gauge(label: "lodestat_response_cache_entries", factory: factory).record(size.entries)
            Gauge(label: "lodestat_response_cache_bytes", factory: factory).record(size.bytes)
        }
        if let counts = engineCounts.withLock({ $0 })?() {
            Gauge(label: "lodestat_engine_requests_in_flight", factory: factory).record(counts.inFlight)
            Gauge(label: "lodestat_engine_requests_sent", factory: factory).record(counts.sent)
            Gauge(label: "lodestat_engine_failures", factory: factory).record(counts.failures)
            Gauge(label: "lodestat_engine_rejected", dimensions: [("reason", "concurrency")], factory: factory)
                .record(counts.rejectedOverloaded)
            Gauge(label: "lodestat_engine_rejected", dimensions: [("reason", "breaker")], factory: factory)
                .record(counts.rejectedOpen)
            Gauge(label: "lodestat_engine_breaker_openings", factory: factory).record(counts.breakerOpenings)
            Gauge(label: "lodestat_engine_breaker_open", factory: factory).record(counts.breakerOpen ? 1 : 0)
        }
        return registry.emitToString()
    }
}
