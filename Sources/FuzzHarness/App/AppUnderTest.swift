import Catalog
import Foundation
import Server

/// The real Lodestat application — limits, response cache, router, middlewares, every route —
/// serving the embedded catalog on a loopback port inside this process, started once.
final class AppUnderTest: Sendable {
    let port: Int

    /// The one instance (the catalog is loaded and the server started on first use). The first
    /// use blocks its thread until the server answers: call it from a thread of its own (libFuzzer's,
    /// or a Dispatch queue), never from Swift's cooperative pool, which the server needs to start.
    static let shared = Result { try AppUnderTest() }

    private init() throws {
        let port = try LoopbackClient.freePort()
        self.port = port
        var configuration = ServerConfiguration(host: "127.0.0.1", port: port, baseIRI: "http://localhost:8080/",
                                                queryTimeout: .seconds(2))
        configuration.slowClientTimeout = nil
        configuration.idleTimeout = nil
        let location = try CatalogLocation.embedded()
        let dataset = try CatalogLoader(location: location, base: configuration.baseIRI).load()
        configuration.jsonldContext = try? String(contentsOfFile: location.ontologies + "/context.jsonld", encoding: .utf8)
        _ = LodestatServer.serveInBackground(configuration: configuration, dataset: dataset)
        let deadline = Date().addingTimeInterval(300)
        while !LoopbackClient.canConnect(port: port) {
            guard Date() < deadline else { throw LoopbackClient.Failure.unreachable("server did not start on \(port)") }
            usleep(20_000)
        }
    }
}
