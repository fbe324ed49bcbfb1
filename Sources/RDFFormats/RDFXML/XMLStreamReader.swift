import CLibXML2

/// A thin streaming view over libxml2's `xmlTextReader`, fed from a `ByteSource` through a
/// `DoctypeGuard`; names are decoded once per distinct interned libxml2 string.
final class XMLStreamReader {
    enum NodeKind { case startElement(empty: Bool), endElement, text, entityReference, comment,
                    processingInstruction, doctype, other }

    struct Attribute {
        var namespace: String?
        var prefix: String?
        var localName: String
        var value: String
    }

    private let source: ByteSource
    private var guardian: DoctypeGuard
    private var reader: xmlTextReaderPtr?
    private var names: [UnsafeRawPointer: String] = [:]
    private var expandedNames: [NamePointers: String] = [:]

    private struct NamePointers: Hashable {
        var namespace: UnsafeRawPointer
        var localName: UnsafeRawPointer
    }
    /// The first failure seen by a callback: a refusal, an I/O error, or a libxml2 error.
    fileprivate var refusal: String?
    fileprivate var ioError: Error?
    fileprivate var xmlError: (message: String, line: Int, column: Int)?

    init(source: ByteSource, baseURL: String?, policy: DTDPolicy) throws {
        LibXML.ensureInitialised()
        self.source = source
        guardian = DoctypeGuard(policy: policy)
        let context = Unmanaged.passUnretained(self).toOpaque()
        reader = xmlReaderForIO(xmlStreamReaderRead, xmlStreamReaderClose, context,
                                baseURL, nil, LibXML.safeReaderOptions)
        guard let reader else {
            throw RDFSyntaxError(file: source.name, line: 1, column: 1, message: "cannot create the XML reader")
        }
        xmlTextReaderSetStructuredErrorHandler(reader, xmlStreamReaderError, context)
    }

    deinit { if let reader { xmlFreeTextReader(reader) } }

    /// Advances to the next node; false at the end of the document. Throws on XML errors.
    func next() throws -> Bool {
        let r = xmlTextReaderRead(reader)
        if r == 1 { return true }
        if let ioError { throw ioError }
        if let refusal { throw error(refusal) }
        if let xmlError {
            throw RDFSyntaxError(file: source.name, line: xmlError.line, column: xmlError.column,
                                 message: "XML: " + xmlError.message)
        }
        if r == 0 { return false }
        throw error("XML parsing failed (an external resource was requested and refused, or the input is malformed)")
    }

    var kind: NodeKind {
        switch xmlTextReaderNodeType(reader) {
        case 1: return .startElement(empty: xmlTextReaderIsEmptyElement(reader) == 1)
        case 15: return .endElement
        case 3, 4, 13, 14: return .text
        case 5: return .entityReference
        case 8: return .comment
        case 7: return .processingInstruction
        case 10: return .doctype
        default: return .other
        }
    }

    /// The namespace URI of the current node (nil when none).
    var namespace: String? { interned(xmlTextReaderConstNamespaceUri(reader)) }
    var localName: String { interned(xmlTextReaderConstLocalName(reader)) ?? "" }
    var prefix: String? { interned(xmlTextReaderConstPrefix(reader)) }
    /// The name of the current node (qualified), e.g. a PI target or an entity name.
    var name: String { interned(xmlTextReaderConstName(reader)) ?? "" }
    /// The text value of the current node.
    var value: String { LibXML.string(xmlTextReaderConstValue(reader)) ?? "" }

    /// The namespace URI followed by the local name (the RDF/XML IRI of an element or attribute),
    /// or nil when the node has no namespace.
    var expandedName: String? {
        guard let ns = xmlTextReaderConstNamespaceUri(reader), let local = xmlTextReaderConstLocalName(reader) else { return nil }
        let key = NamePointers(namespace: UnsafeRawPointer(ns), localName: UnsafeRawPointer(local))
        if let s = expandedNames[key] { return s }
        let s = (interned(ns) ?? "") + (interned(local) ?? "")
        expandedNames[key] = s
        return s
    }

    /// The current element's attributes as (expanded name or nil, local name, value), namespace
    /// declarations left out; `xml:` attributes keep the XML namespace in their expanded name.
    func forEachAttribute(_ body: (_ expandedName: String?, _ localName: String, _ value: String) throws -> Void) rethrows {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        defer { xmlTextReaderMoveToElement(reader) }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = expandedName
            if let name, name.utf8.count > 29, name.hasPrefix(RDFXMLNames.xmlnsNamespace) { continue }
            try body(name, localName, value)
        }
    }

    /// The current element's attributes, namespace declarations left out.
    func attributes() -> [Attribute] {
        var out: [Attribute] = []
        guard xmlTextReaderHasAttributes(reader) == 1 else { return out }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let ns = namespace
            if ns == RDFXMLNames.xmlnsNamespace { continue }
            out.append(Attribute(namespace: ns, prefix: prefix, localName: localName, value: value))
        }
        xmlTextReaderMoveToElement(reader)
        return out
    }

    /// The replacement text of the entity the current entity-reference node names.
    func entityText() -> String? {
        guard let node = xmlTextReaderCurrentNode(reader), let entity = xmlGetDocEntity(node.pointee.doc, node.pointee.name)
        else { return nil }
        return LibXML.string(entity.pointee.content)
    }

    /// True when the current DOCTYPE node declares entities or names an external subset.
    func doctypeDeclaresEntitiesOrExternalSubset() -> Bool {
        guard let node = xmlTextReaderCurrentNode(reader) else { return false }
        let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self).pointee
        return dtd.entities != nil || dtd.pentities != nil || dtd.ExternalID != nil || dtd.SystemID != nil
    }

    /// The line of the current node, and the parser's column when it is still on that line.
    var position: (line: Int, column: Int) {
        let parserLine = Int(xmlTextReaderGetParserLineNumber(reader))
        let parserColumn = Int(xmlTextReaderGetParserColumnNumber(reader))
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0 { return (line, line == parserLine ? max(parserColumn, 1) : 1) }
        }
        return (max(parserLine, 1), max(parserColumn, 1))
    }

    func error(_ message: String) -> RDFSyntaxError {
        let p = position
        return RDFSyntaxError(file: source.name, line: p.line, column: p.column, message: message)
    }

    @inline(__always)
    private func interned(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        let key = UnsafeRawPointer(p)
        if let s = names[key] { return s }
        let s = LibXML.string(p) ?? ""
        names[key] = s
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
        var message = LibXML.string(UnsafeRawPointer(error.pointee.message)?.assumingMemoryBound(to: xmlChar.self))
            ?? "XML error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        xmlError = (message, max(Int(error.pointee.line), 1), max(Int(error.pointee.int2), 1))
    }
}

private func xmlStreamReaderRead(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?,
                                 _ length: Int32) -> Int32 {
    guard let context, let buffer else { return -1 }
    return Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue().readCallback(buffer, length)
}

private func xmlStreamReaderClose(_ context: UnsafeMutableRawPointer?) -> Int32 { 0 }

private func xmlStreamReaderError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue().record(error)
}
