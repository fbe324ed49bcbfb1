import Foundation
import RDFFormats
@testable import Server
import Testing

@Suite("/health's engine member")
struct HealthJSONTests {
    @Test func datesAreISO8601InUTC() {
        let checked = Date(timeIntervalSince1970: 1_795_511_480)
        let failed = Date(timeIntervalSince1970: 1_795_511_000)
        let status = EngineProbe.Status(reachable: false, checkedAt: checked, lastError: "refused", lastErrorAt: failed)
        let json = HealthController<StoreRepository>.json(status, url: "http://engine/sparql", graphs: 3)
        #expect(json["checkedAt"] == .string("2026-11-24T09:11:20Z"))
        #expect(json["lastErrorAt"] == .string("2026-11-24T09:03:20Z"))
        // The same text as Foundation's ISO8601DateFormatter, which wrote them before.
        #expect(json["checkedAt"] == .string(ISO8601DateFormatter().string(from: checked)))
        #expect(json["reachable"] == .bool(false))
        #expect(json["lastError"] == .string("refused"))
        #expect(json["graphs"] == .int(3))
        let healthy = EngineProbe.Status(reachable: true, checkedAt: checked, lastError: nil, lastErrorAt: nil)
        #expect(HealthController<StoreRepository>.json(healthy, url: "u", graphs: 0)["lastErrorAt"] == .null)
    }
}
