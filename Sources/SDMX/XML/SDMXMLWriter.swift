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
