import Testing

/// Runs `e2e/sdmx_clients.sh`: the real `lodestat serve` driven by the Python clients sdmx1 and
/// pysdmx. Any failure (a check, a missing tool) fails the test.
@Suite("SDMX REST with sdmx1 and pysdmx", .serialized)
struct SDMXClientsEndToEndTests {
    @Test func pythonClientsReadTheSDMXRoutes() async throws {
        let result = try await EndToEndScript.run("sdmx_clients.sh")
        #expect(result.status == 0, "sdmx_clients.sh failed (\(result.status)):\n\(result.output.suffix(6000))")
    }
}
