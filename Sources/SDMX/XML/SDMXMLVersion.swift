/// The SDMX-ML versions this module writes and reads.
public enum SDMXMLVersion: String, CaseIterable, Sendable {
    case v2_1 = "2.1"
    case v3_0 = "3.0"

    var folder: String { self == .v2_1 ? "v2_1" : "v3_0" }
    public var messageNamespace: String { "http://www.sdmx.org/resources/sdmxml/schemas/\(folder)/message" }
    public var structureNamespace: String { "http://www.sdmx.org/resources/sdmxml/schemas/\(folder)/structure" }
    public var commonNamespace: String { "http://www.sdmx.org/resources/sdmxml/schemas/\(folder)/common" }

    /// The structure-message media type (`application/vnd.sdmx.structure+xml;version=2.1`).
    public var mediaType: String { "application/vnd.sdmx.structure+xml;version=\(rawValue)" }
}

/// Writes a structure message as SDMX-ML (2.1 or 3.0), streaming to a sink.
public struct SDMXMLWriter: Sendable {
    public var version: SDMXMLVersion
    public var indent: Bool

    public init(version: SDMXMLVersion = .v2_1, indent: Bool = true) {
        self.version = version
        self.indent = indent
    }

    public func write(_ message: StructureMessage, to sink: ByteSink) throws {
        let out = try XMLOutput(sink: sink, indent: indent)
        switch version {
        case .v2_1: try SDMXML21Writer(out: out).write(message)
        case .v3_0: try SDMXML30Writer(out: out).write(message)
        }
        try out.finish()
        try sink.flush()
    }

    /// The message as bytes.
    public func bytes(_ message: StructureMessage) throws -> [UInt8] {
        let sink = ByteSink.memory()
        try write(message, to: sink)
        return sink.bytes
    }

    /// The message as a string.
    public func string(_ message: StructureMessage) throws -> String {
        String(decoding: try bytes(message), as: UTF8.self)
    }
}

extension XMLOutput {
    /// The message header; elements in schema order (ID, Test, Prepared, Sender).
    func header(_ h: MessageHeader) throws {
        try start("mes:Header")
        try element("mes:ID", text: h.id)
        try element("mes:Test", text: h.test ? "true" : "false")
        try element("mes:Prepared", text: h.prepared)
        try element("mes:Sender", [("id", h.senderID)])
        try end()
    }

    /// `com:Name` and `com:Description` elements (one per language).
    func names(_ names: InternationalString, _ descriptions: InternationalString, fallback: String) throws {
        if names.isEmpty {
            try element("com:Name", [("xml:lang", "en")], text: fallback)
        }
        for t in names.texts { try element("com:Name", "xml:lang", t.language, text: t.text) }
        for t in descriptions.texts { try element("com:Description", "xml:lang", t.language, text: t.text) }
    }

    func messageRoot(_ version: SDMXMLVersion) throws {
        try startDocument()
        try start("mes:Structure")
        try attribute("xmlns:mes", version.messageNamespace)
        try attribute("xmlns:str", version.structureNamespace)
        try attribute("xmlns:com", version.commonNamespace)
    }
}
