import Logging
import Remote

/// Everything `lodestat serve` can change; the defaults serve the embedded catalog on loopback.
public struct ServerConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// The base every resource IRI is under (ends with `/`).
    public var baseIRI: String
    /// Largest request body accepted (bytes); larger ones get 413.
    public var maxBodyBytes: Int
    /// Longest SPARQL query accepted (UTF-8 bytes); longer ones get 414 (GET) or 413 (POST).
    public var maxQueryLength: Int = 64 * 1024
    /// Largest request line plus header fields (bytes); larger ones get 431 and the connection is closed.
    public var maxHeaderBytes: Int = 32 * 1024
    /// A keep-alive connection with no request in progress is closed after this long; nil never.
    public var idleTimeout: Duration? = .seconds(60)
    /// A request whose head and body are not all received this long after its first byte gets 408
    /// and its connection is closed (slow clients, slowloris); nil never.
    public var slowClientTimeout: Duration? = .seconds(30)
    /// Origins allowed by CORS; `["*"]` allows any, `[]` none.
    public var corsOrigins: [String]
    /// Wall-clock budget of one SPARQL query.
    public var queryTimeout: Duration
    /// Most rows (or triples) one SPARQL query may return (past it: 422 `too-many-results`); nil,
    /// the default, sets no limit (answers of any size, bounded by `queryTimeout`).
    public var maxQueryRows: Int?
    /// Bearer token enabling `POST /admin/reload`; nil disables the admin routes.
    public var adminToken: String?
    /// The URL the server answers at when it differs from the base of the catalog's IRIs
    /// (`--public-base`): the DCAT-AP description's access URLs and endpoints use it.
    public var publicBase: String?
    /// `Cache-Control: max-age` of cacheable GET answers, in seconds.
    public var cacheMaxAge: Int
    /// The text of `Ontologies/context.jsonld`, published at `/context.jsonld` and used to compact JSON-LD.
    public var jsonldContext: String?
    /// The level of the one structured log line per request. `debug` by default: a synchronous
    /// stderr write per request costs more than a cached answer, so request lines show with
    /// `--log-level debug`, or at every level from `--request-log-level` up. Errors (5xx) always log.
    public var requestLogLevel: Logger.Level
    /// Encoded REST details kept per served catalog (0 disables the cache).
    public var representationCacheEntries: Int
    /// Parsed SPARQL queries kept by query text, and their plans per served catalog (0 disables
    /// both caches). A few thousand texts hold the working set of clients that repeat queries.
    public var queryCacheEntries = ServedCatalog.defaultQueryCacheCapacity
    /// Whole answers kept in front of the router (`ResponseCache`), per served catalog; 0 disables it.
    /// Serving from a SPARQL engine, there is none: each request reads the engine.
    public var responseCacheEntries = 4096
    /// Most bytes of answers the response cache keeps.
    public var responseCacheBytes = 64 << 20
    /// The NIO event loops serving (set by `EventLoopCount.configure`; reported in the start-up log).
    public var eventLoops: Int?
    /// Where request handlers run: Swift's pool by default.
    public var executor = HandlerExecutor.swift
    /// What one replica may ask of the SPARQL engine when serving from one (`--engine-…`).
    public var engineLimits = EngineLimits()

    /// The `Cache-Control` of cacheable answers.
    public var cacheControl: String { "public, max-age=\(cacheMaxAge)" }

    public init(host: String = "127.0.0.1", port: Int = 8080, baseIRI: String = "http://localhost:8080/",
                maxBodyBytes: Int = 1 << 20, corsOrigins: [String] = ["*"], queryTimeout: Duration = .seconds(10),
                maxQueryRows: Int? = nil, adminToken: String? = nil, cacheMaxAge: Int = 60,
                jsonldContext: String? = nil, requestLogLevel: Logger.Level = .debug,
                representationCacheEntries: Int = ServedCatalog.defaultCacheCapacity) {
        self.host = host
        self.port = port
        self.baseIRI = baseIRI.hasSuffix("/") ? baseIRI : baseIRI + "/"
        self.maxBodyBytes = maxBodyBytes
        self.corsOrigins = corsOrigins
        self.queryTimeout = queryTimeout
        self.maxQueryRows = maxQueryRows
        self.adminToken = adminToken
        self.cacheMaxAge = cacheMaxAge
        self.jsonldContext = jsonldContext
        self.requestLogLevel = requestLogLevel
        self.representationCacheEntries = representationCacheEntries
    }
}
