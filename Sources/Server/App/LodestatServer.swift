import Catalog
import Foundation
import Hummingbird
import Logging
import Remote

/// Loads the catalog and serves it until SIGTERM/SIGINT (graceful shutdown); SIGHUP reloads it.
public enum LodestatServer {
    /// `mapping`: the vocabulary mapping file (nil: the project's own model); a reload reads it again.
    public static func run(configuration: ServerConfiguration, location: CatalogLocation, mapping: String? = nil,
                           logLevel: String = "info", requestLogLevel: String? = nil) async throws {
        var (logger, configuration) = setUpLogging(configuration, logLevel: logLevel, requestLogLevel: requestLogLevel)
        adoptEventLoopExecutor(configuration, logger: logger)
        let loader = try CatalogLoader(location: location, base: configuration.baseIRI, mapping: mapping)
        let dataset = try loader.load()
        logger.info("catalog loaded", metadata: [
            "triples": "\(dataset.snapshot.defaultGraphCount)", "files": "\(dataset.files.count)",
            "seconds": "\(format3(dataset.loadSeconds))", "base": "\(dataset.base)",
        ])
        if configuration.jsonldContext == nil {
            configuration.jsonldContext = try? String(contentsOfFile: location.ontologies + "/context.jsonld", encoding: .utf8)
        }
        let state = CatalogState(dataset: dataset, cacheCapacity: configuration.representationCacheEntries,
                                 planCapacity: configuration.queryCacheEntries)
        let reloader = CatalogReloader(state: state) { try loader.load() }
        let app = buildApplication(configuration: configuration, state: state, reloader: reloader, logger: logger)
        logger.info("serving", metadata: ["address": "http://\(configuration.host):\(configuration.port)/",
                                          "event_loops": "\(configuration.eventLoops.map(String.init) ?? "default")",
                                          "response_cache_entries": "\(configuration.responseCacheEntries)"])
        try await app.runService()
    }

    /// Serves the catalog published in a SPARQL engine (`lodestat publish`): nothing is loaded at
    /// start-up but the prefixes and the list of graphs; each request reads its own subgraph.
    /// SIGHUP (and `POST /admin/reload` with an admin token) reads the graph list and prefixes again.
    /// `ontologies` only supplies the JSON-LD context document (part of the software, not the data).
    public static func runRemote(configuration: ServerConfiguration, endpoint: RemoteEndpoint, ontologies: String?,
                                 logLevel: String = "info", requestLogLevel: String? = nil) async throws {
        var (logger, configuration) = setUpLogging(configuration, logLevel: logLevel, requestLogLevel: requestLogLevel)
        adoptEventLoopExecutor(configuration, logger: logger)
        _ = try SPARQLTerms.iri(configuration.baseIRI)  // every request's IRIs start with it
        let client = SPARQLClient(endpoint: endpoint, limits: configuration.engineLimits)
        let remote = try await RemoteCatalog.connect(client, base: configuration.baseIRI)
        logger.info("serving from a SPARQL engine", metadata: [
            "endpoint": "\(endpoint.query)", "graphs": "\(remote.graphs.count)", "triples": "\(remote.tripleCount)",
            "base": "\(configuration.baseIRI)", "engine_max_concurrent": "\(configuration.engineLimits.maxConcurrent)",
            "engine_breaker_failures": "\(configuration.engineLimits.breakerFailures)",
        ])
        if configuration.jsonldContext == nil, let ontologies {
            configuration.jsonldContext = try? String(contentsOfFile: ontologies + "/context.jsonld", encoding: .utf8)
        }
        let state = CatalogState(dataset: remote.dataset([]))
        let source = RemoteSource(remote)
        let app = buildApplication(configuration: configuration, state: state, reloader: source.reloader(state: state),
                                   remote: source, logger: logger)
        logger.info("serving", metadata: ["address": "http://\(configuration.host):\(configuration.port)/",
                                          "event_loops": "\(configuration.eventLoops.map(String.init) ?? "default")",
                                          "response_cache_entries": "0"])
        try await app.runService()
    }

    /// Serves `dataset` in this process, as `run` does but without signal handling and with
    /// logging off, until the returned task is cancelled: for in-process drivers of the whole
    /// application (the `app` fuzz target, its short run in the tests).
    public static func serveInBackground(configuration: ServerConfiguration, dataset: CatalogDataset) -> Task<Void, any Error> {
        var logger = Logger(label: "lodestat")
        logger.logLevel = .critical
        let state = CatalogState(dataset: dataset, cacheCapacity: configuration.representationCacheEntries,
                                 planCapacity: configuration.queryCacheEntries)
        let app = buildApplication(configuration: configuration, state: state, logger: logger)
        return Task.detached { try await app.run() }
    }

    /// Installs NIO's event loops as Swift's global executor when configured to (`--executor
    /// event-loops`), before anything is served, and says where handlers run.
    static func adoptEventLoopExecutor(_ configuration: ServerConfiguration, logger: Logger) {
        guard configuration.executor == .eventLoops else { return }
        if EventLoopExecutor.install() {
            logger.info("handlers run on the NIO event loops (Swift's global executor)")
        } else {
            logger.warning("could not make the NIO event loops Swift's global executor; handlers run on Swift's pool")
        }
    }

    /// The server's logger at `logLevel`, and `configuration` with the level of the per-request line.
    static func setUpLogging(_ configuration: ServerConfiguration, logLevel: String,
                             requestLogLevel: String?) -> (Logger, ServerConfiguration) {
        var logger = Logger(label: "lodestat") { DeferredMetadataLogHandler(label: $0) }
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        var configuration = configuration
        if let requestLogLevel { configuration.requestLogLevel = Logger.Level(rawValue: requestLogLevel) ?? .debug }
        return (logger, configuration)
    }
}
