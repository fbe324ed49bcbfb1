import CLibXML2

/// A small wrapper over libxml2's `xmlTextWriter` writing to memory; every call checks libxml2's
/// return code.
final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?

    init(indent: Bool = true) throws {
        LibXML.ensureInitialised()
        guard let buffer = xmlBufferCreate() else { throw Self.failure("cannot allocate a buffer") }
        self.buffer = buffer
        writer = xmlNewTextWriterMemory(buffer, 0)
        guard let writer else { throw Self.failure("cannot create the XML writer") }
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            _ = "  ".withCString { xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    func startElement(_ qname: String) throws {
        try check(qname.withXMLChars { xmlTextWriterStartElement(writer, $0) }, "start <\(qname)>")
    }

    func attribute(_ qname: String, _ value: String) throws {
        let rc = qname.withXMLChars { n in value.withXMLChars { v in xmlTextWriterWriteAttribute(writer, n, v) } }
        try check(rc, "write attribute \(qname)")
    }

    func text(_ value: String) throws {
        try check(value.withXMLChars { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    /// Ends the document and returns the serialized XML.
    func finish() throws -> String {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        xmlFreeTextWriter(writer)  // flushes into the buffer
        writer = nil
        return LibXML.string(xmlBufferContent(buffer)) ?? ""
    }

    private func check(_ rc: Int32, _ what: String) throws {
        if rc < 0 { throw Self.failure("libxml2 could not \(what)") }
    }

    static func failure(_ message: String) -> RDFSerializationError {
        .notSerializable(format: .rdfxml, reason: message)
    }
}

extension String {
    func withXMLChars<R>(_ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
        try withCString { try body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
