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
        if let binary = ProcessInfo.processInfo.environment["LODESTAT_APP_BINARY"] {
            try Self.startProcess(binary, port: port)
            return
        }
        var configuration = ServerConfiguration(host: "127.0.0.1", port: port, baseIRI: "http://localhost:8080/",
                                                queryTimeout: .seconds(2))
        configuration.slowClientTimeout = nil
        configuration.idleTimeout = nil
        let location = try CatalogLocation.embedded()
        let dataset = try CatalogLoader(location: location, base: configuration.baseIRI).load()
        configuration.jsonldContext = try? String(contentsOfFile: location.ontologies + "/context.jsonld", encoding: .utf8)
        _ = LodestatServer.serveInBackground(configuration: configuration, dataset: dataset)
        try Self.waitForServer(port: port)
    }

    /// With `LODESTAT_APP_BINARY` (the tests' short run): the same application as a `lodestat serve`
    /// process of its own, so that its start does not wait for threads a busy test process holds.
    private static func startProcess(_ binary: String, port: Int) throws {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: binary)
        child.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port), "--base", "http://localhost:8080/",
                           "--query-timeout", "2", "--slow-client-timeout", "0", "--idle-timeout", "0"]
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        childProcess = child
        atexit { AppUnderTest.childProcess?.terminate() }
        try waitForServer(port: port)
    }

    /// The server process started by `startProcess`, stopped when this process exits.
    nonisolated(unsafe) static var childProcess: Process?

    private static func waitForServer(port: Int) throws {
        let deadline = Date().addingTimeInterval(300)
        while !LoopbackClient.canConnect(port: port) {
            guard Date() < deadline else { throw LoopbackClient.Failure.unreachable("server did not start on \(port)") }
            usleep(20_000)
        }
    }
}
