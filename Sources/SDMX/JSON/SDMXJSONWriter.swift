import RDFFormats

/// The SDMX-JSON structure-message versions this module writes.
public enum SDMXJSONVersion: String, CaseIterable, Sendable {
    case v1_0 = "1.0"
    case v2_0 = "2.0.0"

    /// `application/vnd.sdmx.structure+json;version=1.0.0` (or 2.0.0).
    public var mediaType: String { "application/vnd.sdmx.structure+json;version=\(self == .v1_0 ? "1.0.0" : "2.0.0")" }

    var schemaURL: String {
        self == .v1_0
            ? "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/develop/structure-message/tools/schemas/1.0/sdmx-json-structure-schema.json"
            : "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json"
    }
}

/// Writes a structure message as SDMX-JSON (1.0 or 2.0.0), keys sorted, output stable.
public struct SDMXJSONWriter: Sendable {
    public var version: SDMXJSONVersion

    public init(version: SDMXJSONVersion = .v1_0) { self.version = version }

    public func string(_ m: StructureMessage) -> String {
        let value: JSONValue = version == .v1_0 ? SDMXJSON10Encoder().message(m) : SDMXJSON20Encoder().message(m)
        return JSONWriter.write(value.sortedByCodePoint(), options: .init(pretty: true, sortKeys: false, indent: "  ")) + "\n"
    }

    public func write(_ m: StructureMessage, to sink: ByteSink) throws {
        try sink.write(string(m))
        try sink.flush()
    }

    public func bytes(_ m: StructureMessage) -> [UInt8] { Array(string(m).utf8) }
}

/// The `meta` object shared by both versions.
func jsonMeta(_ h: MessageHeader, _ version: SDMXJSONVersion, _ m: StructureMessage) -> JSONValue {
    var languages = Set<String>()
    func add(_ s: InternationalString) { for t in s.texts { languages.insert(t.language) } }
    m.codelists.forEach { add($0.names) }
    m.conceptSchemes.forEach { add($0.names) }
    m.dataflows.forEach { add($0.names) }
    m.dataStructures.forEach { add($0.names) }
    m.categorySchemes.forEach { add($0.names) }
    return .object([
        "schema": .string(version.schemaURL),
        "id": .string(h.id),
        "test": .bool(h.test),
        "prepared": .string(h.prepared),
        "contentLanguages": .array((languages.isEmpty ? ["en"] : languages.sorted()).map { .string($0) }),
        "sender": .object(["id": .string(h.senderID)]),
    ])
}
