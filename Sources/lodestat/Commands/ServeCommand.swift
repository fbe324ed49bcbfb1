import ArgumentParser
import Catalog
import Remote
import Server

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the catalog over HTTP: REST JSON, linked data, SPARQL, OpenAPI, HTML.",
        discussion: "With no options, serves the embedded catalog on http://127.0.0.1:8080/. SIGHUP reloads the catalog."
    )

    @OptionGroup var source: CatalogOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(help: "Base IRI resources are served under (default: http://localhost:PORT/).") var base: String?
    @Option(help: ArgumentHelp("The URL this server answers at when it differs from --base, the IRIs' base (behind a proxy): the DCAT-AP description's access URLs and endpoints use it.", valueName: "url"))
    var publicBase: String?
    @Option(help: "Bearer token enabling POST /admin/reload (disabled without it).") var adminToken: String?
    @Option(help: "An origin allowed by CORS (repeatable; default: any).") var corsOrigin: [String] = []
    @Option(help: "Largest request body in bytes.") var maxBodyBytes = 1 << 20
    @Option(help: "SPARQL query time limit in seconds.") var queryTimeout: Double = 10
    @Option(help: "Most rows a SPARQL query may return, past which it answers 422 too-many-results (default: no limit; set one on a public endpoint, e.g. 100000).")
    var maxRows: Int?
    @Option(help: "Longest SPARQL query in bytes (414 for GET, 413 for POST beyond it).") var maxQueryLength = 64 * 1024
    @Option(help: "Largest request line plus header fields in bytes (431 beyond it).") var maxHeaderBytes = 32 * 1024
    @Option(help: "Seconds a keep-alive connection may stay idle before it is closed (0: never).") var idleTimeout: Double = 60
    @Option(help: "Seconds a client has to send a whole request, from its first byte (408 and close beyond it; 0: never).")
    var slowClientTimeout: Double = 30
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.") var logLevel = "info"
    @Option(help: ArgumentHelp("Serve the catalog published in this SPARQL 1.1 query endpoint instead of loading files (see lodestat publish).", valueName: "url"))
    var sparqlEndpoint: String?
    @Option(help: ArgumentHelp("Reserved, refused: serve never writes to the engine (lodestat publish --update-endpoint does).", valueName: "url"))
    var updateEndpoint: String?
    @Option(help: ArgumentHelp("Reserved, refused: serve never writes to the engine (lodestat publish --to does).", valueName: "url"))
    var graphStore: String?
    @OptionGroup var engine: EngineOptions
    @Option(help: "Level of the one structured log line per request (default debug: shown with --log-level debug; info shows them at the default level).")
    var requestLogLevel = "debug"
    @Option(help: "Encoded REST answers kept per served catalog (0: none).") var cacheEntries = 8192
    @Option(help: "Parsed SPARQL queries kept by query text (0: none).") var queryCacheEntries = 4096
    @Option(help: "Whole GET answers kept in front of the router and answered on the event loops, per served catalog (0: none; never with --sparql-endpoint).")
    var responseCacheEntries = 4096
    @Option(help: ArgumentHelp("Most memory the response cache may take (answers of over 256 KiB are never kept).", valueName: "MiB"))
    var responseCacheMb = 64
    @Option(help: ArgumentHelp("NIO event-loop threads serving connections (default: the CPUs this process may run on, or NIO_SINGLETON_GROUP_LOOP_COUNT).", valueName: "n"))
    var eventLoops: Int?
    @Option(help: ArgumentHelp("Where request handlers run: swift (Swift's concurrency pool) or event-loops (NIO's event loops made Swift's global executor).", valueName: "swift|event-loops"))
    var executor: HandlerExecutor = .swift

    /// `--update-endpoint` and `--graph-store` are refused rather than ignored: a server only reads
    /// the engine (its write endpoints and credentials stay with `lodestat publish`).
    func validate() throws {
        if let eventLoops, !(1...1024).contains(eventLoops) { throw ValidationError("--event-loops must be from 1 to 1024") }
        if responseCacheEntries < 0 { throw ValidationError("--response-cache-entries must be 0 or more") }
        if let publicBase, !(publicBase.hasPrefix("http://") || publicBase.hasPrefix("https://")) || publicBase.contains(" ") {
            throw ValidationError("--public-base must be an absolute http(s) URL, e.g. https://data.example.org/")
        }
        if sparqlEndpoint != nil, source.mapping != nil {
            throw ValidationError("--mapping is not supported with --sparql-endpoint: serving from an engine reads the "
                + "project's own model (Ontologies/mappings/lodestat.ttl)")
        }
        if responseCacheMb < 0 { throw ValidationError("--response-cache-mb must be 0 or more") }
        for (flag, value) in [("--update-endpoint", updateEndpoint), ("--graph-store", graphStore)] where value != nil {
            throw ValidationError("\(flag) is reserved: lodestat serve only reads from the engine (--sparql-endpoint); "
                + "write the catalog into it with lodestat publish --to GSP_URL [--update-endpoint URL], then "
                + "reload the servers (SIGHUP or POST /admin/reload)")
        }
    }

    func run() async throws {
        let loops = EventLoopCount.configure(eventLoops)
        var config = ServerConfiguration(
            host: host, port: port, baseIRI: base ?? "http://localhost:\(port)/", maxBodyBytes: maxBodyBytes,
            corsOrigins: corsOrigin.isEmpty ? ["*"] : corsOrigin, queryTimeout: .milliseconds(Int(queryTimeout * 1000)),
            maxQueryRows: maxRows, adminToken: adminToken, representationCacheEntries: cacheEntries)
        config.publicBase = publicBase.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        config.maxQueryLength = maxQueryLength
        config.maxHeaderBytes = maxHeaderBytes
        config.idleTimeout = idleTimeout > 0 ? .milliseconds(Int(idleTimeout * 1000)) : nil
        config.slowClientTimeout = slowClientTimeout > 0 ? .milliseconds(Int(slowClientTimeout * 1000)) : nil
        config.executor = executor
        config.queryCacheEntries = queryCacheEntries
        config.responseCacheEntries = responseCacheEntries
        config.responseCacheBytes = responseCacheMb << 20
        config.eventLoops = loops
        config.engineLimits = try engine.limits()
        try await failingAsync(.exit(1)) {
            if let sparqlEndpoint {
                let endpoint = try RemoteEndpoint(query: sparqlEndpoint, timeout: engine.engineTimeout)
                let ontologies = try? CatalogLocation.resolve(catalog: source.catalog, ontologies: source.ontologies).ontologies
                try await LodestatServer.runRemote(configuration: config, endpoint: endpoint, ontologies: ontologies,
                                                   logLevel: logLevel, requestLogLevel: requestLogLevel)
                return
            }
            let location = try CatalogLocation.resolve(catalog: source.catalog, ontologies: source.ontologies)
            try await LodestatServer.run(configuration: config, location: location, mapping: source.mapping, logLevel: logLevel,
                                        requestLogLevel: requestLogLevel)
        }
    }
}

