import Foundation

/// Validates XML with `xmllint --nonet --noout --schema` (Debian's libxml2-utils).
public enum XMLSchemaCheck {
    public enum Outcome: Equatable, Sendable {
        case valid
        case invalid(String)
        case schemaMissing(String)
        case xmllintMissing
    }

    public static func validate(_ bytes: [UInt8], name: String, schema: String) throws -> Outcome {
        guard FileManager.default.fileExists(atPath: schema) else { return .schemaMissing(schema) }
        let path = try TemporaryFile.write(name + ".xml", bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let result = ExternalProcess.runIfPresent("xmllint", ["--nonet", "--noout", "--schema", schema, path]),
              result.status != 127 else { return .xmllintMissing }
        return result.status == 0 ? .valid : .invalid(String(result.output.prefix(3000)))
    }
}
