import Hummingbird

/// `GET /metrics`: Prometheus text exposition of request counts, durations and store size.
struct MetricsController<Repository: HealthRepository> {
    let repository: Repository
    let metrics: ServerMetrics

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/metrics", id: "getMetrics", tag: "service",
                           summary: "Prometheus metrics: requests, durations, store size",
                           responses: [(200, "Prometheus text format", ["text/plain; version=0.0.4"])])) { _, _ in
            let h = repository.health()
            metrics.recordStore(triples: h.triples, quads: h.quads, terms: h.terms, generation: h.generation)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8",
                                                   .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
    }
}
