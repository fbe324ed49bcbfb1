import Foundation
import Testing

/// Runs `e2e/remote_backend.sh oxigraph` (a real Oxigraph server on loopback, `lodestat publish`,
/// two `lodestat serve`s and the differential comparison of every route) on every 10th resource
/// of each kind, so `swift test` covers the remote backend in a few minutes. The full run (every
/// resource, Oxigraph and Virtuoso) is `Tests/ServerTests/e2e/remote_backend.sh`.
/// Needs python3 and PyPI (the script makes its venvs); fails, never skips, when they are missing.
@Suite struct RemoteBackendE2ETests {
    @Test func everyRouteAnswersTheSameFromOxigraphAsFromTheEmbeddedStore() async throws {
        let sample = ProcessInfo.processInfo.environment["REMOTE_DIFF_SAMPLE"] ?? "10"
        let (status, text) = try await EndToEndScript.run("remote_backend.sh", ["oxigraph"],
                                                          environment: ["REMOTE_DIFF_SAMPLE": sample])
        #expect(status == 0, "remote_backend.sh failed:\n\(text)")
        #expect(text.contains("0 differences"), "\(text)")
    }
}
