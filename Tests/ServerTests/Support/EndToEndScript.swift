import Foundation
import Testing
import TestSupport

/// Runs a script of `e2e/` against the real `lodestat` binary (`$LODESTAT_BIN`, else the one
/// `swift test` built beside the test bundle; passed on as `LODESTAT_BIN`), off the cooperative
/// pool. Scripts make their venvs under `.build/` when missing; any failed check or missing tool
/// makes them exit non-zero.
enum EndToEndScript {
    static func binary() throws -> String {
        let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = (ProcessInfo.processInfo.environment["LODESTAT_BIN"].map { [$0] } ?? [])
            + [binDir, binDir.deletingLastPathComponent()].map { $0.appendingPathComponent("lodestat").path }
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
                            "no lodestat binary beside the tests in \(binDir.path) (run `swift build --build-tests`)")
    }

    static func run(_ name: String, _ arguments: [String] = [],
                    environment: [String: String] = [:]) async throws -> (status: Int32, output: String) {
        let binary = try binary()
        let script = SharedMaterial.packageRoot + "/Tests/ServerTests/e2e/" + name
        let environment = environment.merging(["LODESTAT_BIN": binary]) { $1 }
        return try await ExternalProcess.detached {
            try ExternalProcess.run("bash", [script] + arguments, environment: environment, in: SharedMaterial.packageRoot)
        }
    }
}
