import Foundation
import Testing
import TestSupport

/// Runs `e2e/remote_backend.sh oxigraph` (a real Oxigraph server on loopback, `lodestat publish`,
/// two `lodestat serve`s and the differential comparison of every route) on every 10th resource
/// of each kind, so `swift test` covers the remote backend in a few minutes. The full run (every
/// resource, Oxigraph and Virtuoso) is `Tests/ServerTests/e2e/remote_backend.sh`.
/// Needs python3 and PyPI (the script makes its venvs); fails, never skips, when they are missing.
@Suite struct RemoteBackendE2ETests {
    @Test func everyRouteAnswersTheSameFromOxigraphAsFromTheEmbeddedStore() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let script: String = root.appendingPathComponent("Tests/ServerTests/e2e/remote_backend.sh").path
        let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let nextToTests: String = binDir.appendingPathComponent("lodestat").path
        let inBuild: String = root.appendingPathComponent(".build/debug/lodestat").path
        let candidates: [String] = (ProcessInfo.processInfo.environment["LODESTAT_BIN"].map { [$0] } ?? []) + [nextToTests, inBuild]
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("no lodestat binary next to the tests (build it: swift build --build-tests); looked at \(candidates)")
            return
        }
        var environment = ProcessInfo.processInfo.environment
        environment["LODESTAT_BIN"] = binary
        environment["REMOTE_DIFF_SAMPLE"] = environment["REMOTE_DIFF_SAMPLE"] ?? "10"
        let added = environment
        let (status, text) = try await ExternalProcess.detached {
            try ExternalProcess.run("bash", [script, "oxigraph"], environment: added)
        }
        #expect(status == 0, "remote_backend.sh failed:\n\(text)")
        #expect(text.contains("0 differences"), "\(text)")
    }
}
