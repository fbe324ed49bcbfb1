import Foundation
import Testing

/// Runs `e2e/sdmx_clients.sh`: the real `lodestat serve` driven by the Python clients sdmx1 and
/// pysdmx. The binary is the one `swift test` built beside the test bundle; the script makes
/// its venv under `.build/` when missing. Any failure (a check, a missing tool) fails the test.
@Suite("SDMX REST with sdmx1 and pysdmx", .serialized)
struct SDMXClientsEndToEndTests {
    @Test func pythonClientsReadTheSDMXRoutes() async throws {
        let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [binDir, binDir.deletingLastPathComponent()].map { $0.appendingPathComponent("lodestat").path }
        let binary = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
                                  "no lodestat binary beside the tests in \(binDir.path) (run `swift build --build-tests`)")
        let script = ExternalTools.packageRoot + "/Tests/ServerTests/e2e/sdmx_clients.sh"
        let result = try await ExternalTools.detached {
            try ExternalTools.run("bash", [script], environment: ["LODESTAT_BIN": binary], in: ExternalTools.packageRoot)
        }
        #expect(result.status == 0, "sdmx_clients.sh failed (\(result.status)):\n\(result.output.suffix(6000))")
    }
}
