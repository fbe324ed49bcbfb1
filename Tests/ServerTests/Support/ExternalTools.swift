import Foundation
import Testing
import TestSupport

/// The external checkers the SDMX route tests rely on (xmllint against the official schemas).
/// A missing tool or folder is a recorded failure, never a skip.
enum ExternalTools {
    /// `TestMaterial/sdmx`.
    static var sdmxFolder: String { SharedMaterial.inPackage("TestMaterial/sdmx") }

    /// Expects `xml` to validate against the SDMX-ML schema of `folder` (`v2_1`, `v3_0_1-develop`).
    static func expectValidSDMXML(_ xml: String, schemaFolder folder: String, _ name: String) throws {
        let schema = "\(sdmxFolder)/schemas/\(folder)/SDMXMessage.xsd"
        switch try XMLSchemaCheck.validate(Array(xml.utf8), name: "lodestat-route", schema: schema) {
        case .valid: break
        case .invalid(let output): Issue.record("\(name) does not validate against \(folder):\n\(output)")
        case .schemaMissing(let path): Issue.record("SDMX schema missing: \(path) ")
        case .xmllintMissing: Issue.record("xmllint is not installed (apt-get install -y libxml2-utils)")
        }
    }
}
