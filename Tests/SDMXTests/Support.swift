import Foundation
import Catalog
import SDMX
import Store
import Testing
import TestSupport

/// Locations of shared material and tools for the SDMX tests. A missing folder or tool is a
/// test failure, never a silent skip.
enum SDMXTestSupport {
    /// `TestMaterial/sdmx`.
    static var sdmxFolder: String? { SharedMaterial.folder("sdmx") }

    /// The schema to validate against. SDMX-ML 3.0.0's XSD types `Code/Parent` as an NCName
    /// (so codes like NACE `01` cannot be parents); the TWG's 3.0.1 schemas (`v3_0_1-develop`)
    /// fix it to `IDType`. `strict30` picks the 3.0.0 schema anyway.
    static func schema(_ version: SDMXMLVersion, strict30: Bool = false) -> String? {
        let folder = version == .v2_1 ? "v2_1" : (strict30 ? "v3_0" : "v3_0_1-develop")
        return sdmxFolder.map { "\($0)/schemas/\(folder)/SDMXMessage.xsd" }
    }

    /// The Python that runs the validation script: `$LODESTAT_SDMX_PYTHON`, else the venv made by
    /// `scripts/setup_venv.sh` under `.build/`, else `python3`.
    static var python: String {
        if let p = ProcessInfo.processInfo.environment["LODESTAT_SDMX_PYTHON"] { return p }
        let venv = SharedMaterial.inPackage(".build/sdmx-venv/bin/python")
        return FileManager.default.fileExists(atPath: venv) ? venv : "python3"
    }

    static var jsonScript: String {
        ((#filePath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("scripts/validate_sdmx_json.py")
    }

    /// Validates SDMX-JSON bytes with scripts/validate_sdmx_json.py (jsonschema); a missing
    /// Python or jsonschema is a failure.
    static func expectValidJSON(_ bytes: [UInt8], _ version: SDMXJSONVersion, name: String) throws {
        let folder = try #require(sdmxFolder, "TestMaterial/sdmx not found")
        let schema = "\(folder)/schemas/json/\(version.rawValue)/sdmx-json-structure-schema.json"
        let path = try TemporaryFile.write(name + "-\(version.rawValue).json", bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try #require(ExternalProcess.runIfPresent(python, [jsonScript, schema, path]),
                                  "cannot run \(python) (install Python 3 and run scripts/setup_venv.sh)")
        #expect(result.status == 0, "\(name): SDMX-JSON \(version.rawValue) invalid:\n\(result.output.prefix(4000))")
    }

    nonisolated(unsafe) static var cachedCatalog: StoreSnapshot?
    static let lock = NSLock()

    /// The repository catalog, loaded once.
    static func catalog() throws -> StoreSnapshot {
        lock.lock(); defer { lock.unlock() }
        if let c = cachedCatalog { return c }
        let s = try CatalogLoader(location: CatalogLocation.embedded()).load().snapshot
        cachedCatalog = s
        return s
    }

    static func catalogMessage() throws -> StructureMessage {
        try SDMXMapping.structureMessage(from: catalog(), header: MessageHeader(id: "TEST", prepared: "2026-01-01T00:00:00Z"))
    }

    /// Validates SDMX-ML bytes with `xmllint --nonet --schema`; records an issue when the tool
    /// or the schema is missing or validation fails.
    static func expectValidXML(_ bytes: [UInt8], _ version: SDMXMLVersion, name: String,
                               strict30: Bool = false) throws {
        guard let schema = schema(version, strict30: strict30) else {
            Issue.record("SDMX schemas not found (TestMaterial/sdmx is missing)")
            return
        }
        switch try XMLSchemaCheck.validate(bytes, name: name, schema: schema) {
        case .valid: break
        case .invalid(let output): Issue.record("\(name) does not validate against \(schema):\n\(output)")
        case .schemaMissing(let path): Issue.record("SDMX schema missing: \(path)")
        case .xmllintMissing: Issue.record("xmllint is not installed (apt-get install -y libxml2-utils)")
        }
    }
}
