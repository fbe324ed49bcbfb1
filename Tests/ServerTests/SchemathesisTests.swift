import Testing

/// schemathesis (PyPI), generated from the server's own `/openapi.json`, against the real binary:
/// every check, every phase, 0 failures, and the server alive at the end (`e2e/schemathesis.sh`;
/// `SCHEMATHESIS_SECONDS` sets its budget, 120 s by default; the README records a long run).
@Suite("schemathesis")
struct SchemathesisTests {
    @Test func everyCheckPassesAndTheServerSurvives() async throws {
        let result = try await EndToEndScript.run("schemathesis.sh")
        #expect(result.status == 0, "schemathesis failed (\(result.status)):\n\(result.output.suffix(12000))")
        #expect(result.output.contains(" passed, 0 failed"), "no summary:\n\(result.output.suffix(3000))")
    }
}
