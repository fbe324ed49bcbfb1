import Testing

/// The end-to-end scripts on the real binary and a loopback port: `e2e.sh` (curl, SPARQLWrapper,
/// rdflib's SPARQLStore, SIGHUP reload, graceful SIGTERM) and `html_check.sh` (pages rendered in
/// headless Chromium). `limits.sh` asserts wall-clock timings, so it is run by hand (README); the
/// same limits are proven in process by RequestLimitsTests and ConnectionLimitsTests.
@Suite("End-to-end scripts")
struct EndToEndScriptsTests {
    @Test(arguments: ["e2e.sh", "html_check.sh"])
    func scriptPasses(_ name: String) async throws {
        let result = try await EndToEndScript.run(name)
        #expect(result.status == 0, "\(name) failed (\(result.status)):\n\(result.output.suffix(6000))")
        #expect(result.output.contains(" passed, 0 failed"), "\(name) printed no summary:\n\(result.output.suffix(2000))")
    }
}
