import CLibXML2

/// The project's one streaming XML reader: events from libxml2's `xmlTextReader`, fed from a
/// `ByteSource` through a `PrologGuard` (any DOCTYPE refused before libxml2 sees it). Safe
/// settings: `XML_PARSE_NONET`; never `NOENT`, `DTDLOAD`, `DTDVALID`, `XINCLUDE` or `HUGE`; the
/// process-wide external-entity loader refuses everything (installed again before each reader
/// starts, should anything in the process have replaced it).
///
/// Malformed XML and refused input are thrown as `RDFSyntaxError` (file, line, column);
/// `refusedInput` tells a refusal (DOCTYPE, entity, non-UTF-8 input) from a syntax error.
/// I/O errors of the source are thrown unchanged.
public final class XMLEventReader {
    public enum Event: Equatable, Sendable {
        /// An element start; `attributes` by local name (`xml:lang` as `xml:lang`, namespace
        /// declarations left out); `empty` for `<a/>`, which has no `.end` event.
        case start(name: String, namespace: String?, attributes: [String: String], empty: Bool)
        case end(name: String)
        /// Character data (text, CDATA, whitespace), possibly in several pieces.
        case text(String)
    }

    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    private let source: ByteSource
    /// The format's name in refusal messages (e.g. "SDMX-ML").
    public let documentKind: String
    /// True once the reader has thrown a refusal rather than a syntax error.
    public private(set) var refusedInput = false
    private var guardian: PrologGuard
    private var reader: xmlTextReaderPtr?
    /// Names and namespaces decoded once per libxml2 dictionary string (stable pointers).
    private var interned: [UnsafeRawPointer: String] = [:]
    fileprivate var refusal: String?
    fileprivate var ioError: Error?
    fileprivate var xmlError: (message: String, line: Int, column: Int)?

    public init(source: ByteSource, documentKind: String = "XML") throws {
        LibXML.ensureInitialised()
        self.source = source
        self.documentKind = documentKind
        guardian = PrologGuard(documentKind: documentKind)
        let context = Unmanaged.passUnretained(self).toOpaque()
        reader = xmlReaderForIO(eventReaderRead, eventReaderClose, context, nil, nil, Self.options)
        guard let reader else { throw RDFSyntaxError(file: source.name, line: 1, column: 1, message: "cannot create the XML reader") }
        xmlTextReaderSetStructuredErrorHandler(reader, eventReaderError, context)
    }

    deinit { if let reader { xmlFreeTextReader(reader) } }

    /// The parser's current position (1-based).
    public var position: (line: Int, column: Int) {
        (max(Int(xmlTextReaderGetParserLineNumber(reader)), 1), max(Int(xmlTextReaderGetParserColumnNumber(reader)), 1))
    }

    /// The next event, nil at the end of the document.
    public func next() throws -> Event? {
        while true {
            let r = xmlTextReaderRead(reader)
            if r != 1 {
                let p = position
                if let ioError { throw ioError }
                if let refusal { throw refuse(refusal, at: p) }
                if let xmlError {
                    throw RDFSyntaxError(file: source.name, line: xmlError.line, column: xmlError.column, message: xmlError.message)
                }
                if r == 0 { return nil }
                throw RDFSyntaxError(file: source.name, line: p.line, column: p.column, message: "malformed XML")
            }
            switch xmlTextReaderNodeType(reader) {
            case 1:
                let name = intern(xmlTextReaderConstLocalName(reader)) ?? ""
                let ns = intern(xmlTextReaderConstNamespaceUri(reader))
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                return .start(name: name, namespace: ns, attributes: attributes(), empty: empty)
            case 15:
                return .end(name: intern(xmlTextReaderConstLocalName(reader)) ?? "")
            case 3, 4, 13, 14:
                return .text(LibXML.string(xmlTextReaderConstValue(reader)) ?? "")
            case 5, 6, 10, 12:  // entity reference, entity, DOCTYPE, notation: never accepted
                throw refuse("DTDs and entity references are not accepted in \(documentKind)", at: position)
            default:
                continue
            }
        }
    }

    private func refuse(_ message: String, at p: (line: Int, column: Int)) -> RDFSyntaxError {
        refusedInput = true
        return RDFSyntaxError(file: source.name, line: p.line, column: p.column, message: message)
    }

    /// Attributes by local name (`xml:lang` as `xml:lang`); namespace declarations left out.
    private func attributes() -> [String: String] {
        var out: [String: String] = [:]
        guard xmlTextReaderHasAttributes(reader) == 1 else { return out }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let ns = intern(xmlTextReaderConstNamespaceUri(reader))
            if ns == "http://www.w3.org/2000/xmlns/" { continue }
            let local = intern(xmlTextReaderConstLocalName(reader)) ?? ""
            let value = LibXML.string(xmlTextReaderConstValue(reader)) ?? ""
            out[ns == Self.xmlNamespace ? "xml:" + local : local] = value
        }
        xmlTextReaderMoveToElement(reader)
        return out
    }

    /// Element and attribute names come from the parser's dictionary (`XML_PARSE_COMPACT` and
    /// the reader's dict), so one pointer is one string for the whole document.
    private func intern(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        let key = UnsafeRawPointer(p)
        if let s = interned[key] { return s }
        let s = LibXML.string(p) ?? ""
        if interned.count < 4096 { interned[key] = s }
        return s
    }

    fileprivate func readCallback(_ buffer: UnsafeMutablePointer<CChar>, _ length: Int32) -> Int32 {
        if refusal != nil || ioError != nil { return -1 }
        let n: Int
        do { n = try source.read(into: buffer, max: Int(length)) } catch { ioError = error; return -1 }
        if !guardian.done, let message = guardian.feed(UnsafeRawBufferPointer(start: buffer, count: n)) {
            refusal = message
            return -1
        }
        return Int32(n)
    }

    fileprivate func record(_ error: xmlErrorPtr) {
        guard xmlError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        xmlError = (message, max(Int(error.pointee.line), 1), max(Int(error.pointee.int2), 1))
    }
}

private func eventReaderRead(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32) -> Int32 {
    guard let context, let buffer else { return -1 }
    return Unmanaged<XMLEventReader>.fromOpaque(context).takeUnretainedValue().readCallback(buffer, length)
}

private func eventReaderClose(_ context: UnsafeMutableRawPointer?) -> Int32 { 0 }

private func eventReaderError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    Unmanaged<XMLEventReader>.fromOpaque(context).takeUnretainedValue().record(error)
}
