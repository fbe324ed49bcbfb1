import Catalog
import Foundation
import Hummingbird
import Logging

/// Loads the catalog and serves it until SIGTERM/SIGINT (graceful shutdown); SIGHUP reloads it.
public enum LodestatServer {
    public static func run(configuration: ServerConfiguration, location: CatalogLocation,
                           logLevel: String = "info", requestLogLevel: String? = nil) async throws {
        var logger = Logger(label: "lodestat") { DeferredMetadataLogHandler(label: $0) }
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        var configuration = configuration
        if let requestLogLevel { configuration.requestLogLevel = Logger.Level(rawValue: requestLogLevel) ?? .debug }
        let loader = try CatalogLoader(location: location, base: configuration.baseIRI)
        let dataset = try loader.load()
        logger.info("catalog loaded", metadata: [
            "triples": "\(dataset.snapshot.defaultGraphCount)", "files": "\(dataset.files.count)",
            "seconds": "\(format3(dataset.loadSeconds))", "base": "\(dataset.base)",
        ])
        if configuration.jsonldContext == nil {
            configuration.jsonldContext = try? String(contentsOfFile: location.ontologies + "/context.jsonld", encoding: .utf8)
        }
        let state = CatalogState(dataset: dataset, cacheCapacity: configuration.representationCacheEntries)
        let reloader = CatalogReloader(state: state) { try loader.load() }
        let app = buildApplication(configuration: configuration, state: state, reloader: reloader, logger: logger)
        logger.info("serving", metadata: ["address": "http://\(configuration.host):\(configuration.port)/"])
        try await app.runService()
    }
}
