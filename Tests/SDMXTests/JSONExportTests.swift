import Foundation
import SDMX
import Testing
import TestSupport

@Suite struct JSONExportTests {
    @Test(arguments: SDMXJSONVersion.allCases)
    func catalogExportValidates(_ version: SDMXJSONVersion) throws {
        let m = try SDMXTestSupport.catalogMessage()
        try SDMXTestSupport.expectValidJSON(SDMXJSONWriter(version: version).bytes(m), version, name: "catalog")
    }

    @Test func outputIsStableWithSortedKeys() throws {
        let m = try SDMXTestSupport.catalogMessage()
        let a = SDMXJSONWriter(version: .v1_0).string(m), b = SDMXJSONWriter(version: .v1_0).string(m)
        #expect(a == b)
        let parsed = try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any]
        #expect(parsed?.keys.sorted() == ["data", "meta"])
        #expect(a.range(of: "\"data\"")!.lowerBound < a.range(of: "\"meta\"")!.lowerBound)
    }
}

extension JSONExportTests {
    /// The validator is not vacuous: a message missing required fields is rejected.
    @Test func validatorRejectsAnInvalidMessage() throws {
        let folder = try #require(SDMXTestSupport.sdmxFolder)
        let schema = "\(folder)/schemas/json/1.0/sdmx-json-structure-schema.json"
        let bad = #"{"meta": {"prepared": "x", "sender": {"id": "A"}}, "data": {"codelists": [{"id": "CL", "version": "x"}]}}"#
        let path = try TemporaryFile.write("bad.json", Array(bad.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try #require(ExternalProcess.runIfPresent(SDMXTestSupport.python, [SDMXTestSupport.jsonScript, schema, path]))
        #expect(result.status == 1)
    }
}
