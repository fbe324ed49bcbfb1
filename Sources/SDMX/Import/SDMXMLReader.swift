import CLibXML2
import Foundation
import RDFFormats

/// What reading an SDMX-ML structure message gives.
public struct SDMXReadResult: Sendable {
    public var message: StructureMessage
    public var version: SDMXMLVersion
    /// Structure types present in the message that this reader does not import
    /// (e.g. `AgencySchemes`, `ValueLists`), in document order.
    public var ignored: [String]
}

/// Reads SDMX-ML 2.1 and 3.0 structure messages into the model, streaming (libxml2's
/// `xmlTextReader`, never a DOM). Refuses DOCTYPEs and entities (see RDFFormats' `XMLEventReader`).
/// Annotations, groups' attachment constraints and structure types other than codelists,
/// concept schemes, category schemes, categorisations, data structures and dataflows are
/// not imported.
public struct SDMXMLReader: Sendable {
    public init() {}

    /// True when libxml2's process-wide external-entity loader refuses to open a readable
    /// local file (a temporary file made for the check). Checked by behaviour, not by function
    /// pointer: the shim's `static inline` loader exists once per object file, so comparing
    /// pointers across files or modules is unreliable.
    public static var entityLoaderRefuses: Bool {
        SDMXLibXML.ensureInitialised()
        let probe = NSTemporaryDirectory() + "lodestat-entity-probe-\(getpid()).xml"
        guard FileManager.default.createFile(atPath: probe, contents: Array("<x/>".utf8).withUnsafeBytes { Data($0) }),
              let loader = xmlGetExternalEntityLoader(), let context = xmlNewParserCtxt() else { return false }
        defer {
            xmlFreeParserCtxt(context)
            try? FileManager.default.removeItem(atPath: probe)
        }
        guard let input = loader(probe, nil, context) else { return true }
        xmlFreeInputStream(input)
        return false
    }

    public func read(_ source: ByteSource) throws -> SDMXReadResult {
        let events = try Self.wrapping(source, nil) { try XMLEventReader(source: source, documentKind: "SDMX-ML") }
        let builder = StructureMessageBuilder(file: source.name)
        while let event = try Self.wrapping(source, events, events.next) {
            builder.position = events.position
            switch event {
            case let .start(name, namespace, attributes, empty):
                try builder.start(name, namespace: namespace, attributes: attributes)
                if empty { try builder.end(name) }
            case .end(let name):
                try builder.end(name)
            case .text(let t):
                builder.text += t
            }
        }
        return try builder.result()
    }

    /// Runs a step of the XML reader, turning its syntax errors and refusals into `SDMXError`.
    private static func wrapping<T>(_ source: ByteSource, _ events: XMLEventReader?, _ step: () throws -> T) throws -> T {
        do {
            return try step()
        } catch let e as RDFSyntaxError {
            let file = e.file ?? source.name
            if events?.refusedInput == true {
                throw SDMXError.refused(file: file, line: e.line, column: e.column, message: e.message)
            }
            throw SDMXError.xml(file: file, line: e.line, column: e.column, message: e.message)
        }
    }

    /// Reads a file.
    public func read(path: String) throws -> SDMXReadResult { try read(ByteSource(path: path)) }
}
