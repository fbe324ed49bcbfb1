import Foundation
import SDMX
import Testing

@Suite struct JSONExportTests {
    /// The Python that runs the validation script: `$LODESTAT_SDMX_PYTHON`, else the venv made by
    /// `scripts/setup_venv.sh` under `.build/`, else `python3`.
    static var python: String {
        if let p = ProcessInfo.processInfo.environment["LODESTAT_SDMX_PYTHON"] { return p }
        let root = ((#filePath as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("../..")
        let venv = (root as NSString).appendingPathComponent(".build/sdmx-venv/bin/python")
        return FileManager.default.fileExists(atPath: venv) ? venv : "python3"
    }

    static var script: String {
        ((#filePath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("scripts/validate_sdmx_json.py")
    }

    @Test(arguments: SDMXJSONVersion.allCases)
    func catalogExportValidates(_ version: SDMXJSONVersion) throws {
        let m = try SDMXTestSupport.catalogMessage()
        let bytes = SDMXJSONWriter(version: version).bytes(m)
        let folder = try #require(SDMXTestSupport.sdmxFolder, "shared/sdmx not found")
        let schema = "\(folder)/schemas/json/\(version.rawValue)/sdmx-json-structure-schema.json"
        let path = try SDMXTestSupport.temporaryFile("catalog-\(version.rawValue).json", bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try #require(SDMXTestSupport.run(Self.python, [Self.script, schema, path]),
                                  "cannot run \(Self.python) (install Python 3 and run scripts/setup_venv.sh)")
        #expect(result.status == 0, "SDMX-JSON \(version.rawValue) invalid:\n\(result.output.prefix(4000))")
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
        let path = try SDMXTestSupport.temporaryFile("bad.json", Array(bad.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try #require(SDMXTestSupport.run(Self.python, [Self.script, schema, path]))
        #expect(result.status == 1)
    }
}
