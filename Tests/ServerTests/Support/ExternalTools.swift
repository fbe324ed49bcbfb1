import Foundation
import Testing

/// Runs the external checkers the SDMX route tests rely on (xmllint, the Python client script).
/// A missing tool or folder is a recorded failure, never a skip.
enum ExternalTools {
    /// The package root (the folder holding `Package.swift`).
    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// `shared/sdmx`: `$LODESTAT_SDMX`, else `<package root>/../shared/sdmx`.
    static var sdmxFolder: String {
        ProcessInfo.processInfo.environment["LODESTAT_SDMX"]
            ?? URL(fileURLWithPath: packageRoot).appendingPathComponent("../shared/sdmx").standardized.path
    }

    /// Runs `body` (a blocking wait on a child process) on a Dispatch thread, off Swift's cooperative
    /// pool: a test waiting minutes for a script must not starve the other tests running beside it
    /// (the pool has one thread per core — two here).
    static func detached<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Runs `executable` with `arguments` and `environment` added; output and error merged.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    in directory: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Expects `xml` to validate against the SDMX-ML schema of `folder` (`v2_1`, `v3_0_1-develop`).
    static func expectValidSDMXML(_ xml: String, schemaFolder folder: String, _ name: String) throws {
        let schema = "\(sdmxFolder)/schemas/\(folder)/SDMXMessage.xsd"
        try #require(FileManager.default.fileExists(atPath: schema), "SDMX schema missing: \(schema) (set LODESTAT_SDMX)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lodestat-route-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run("xmllint", ["--nonet", "--noout", "--schema", schema, file.path])
        #expect(result.status != 127, "xmllint is not installed (apt-get install -y libxml2-utils)")
        #expect(result.status == 0, "\(name) does not validate against \(folder):\n\(result.output.prefix(3000))")
    }
}
