import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`, pushing its output to a `ByteSink`
/// through an `xmlOutputBuffer` (no tree is ever built). Every libxml2 call is checked.
final class XMLOutput {
    private var writer: xmlTextWriterPtr?
    fileprivate let sink: ByteSink
    fileprivate var sinkError: Error?

    init(sink: ByteSink, indent: Bool = true) throws {
        self.sink = sink
        SDMXLibXML.ensureInitialised()
        let context = Unmanaged.passUnretained(self).toOpaque()
        guard let out = xmlOutputBufferCreateIO(xmlOutputWrite, xmlOutputClose, context, nil) else {
            throw SDMXError.write("cannot create the XML output buffer")
        }
        guard let w = xmlNewTextWriter(out) else {
            _ = xmlOutputBufferClose(out)
            throw SDMXError.write("cannot create the XML writer")
        }
        writer = w
        if indent {
            xmlTextWriterSetIndent(w, 1)
            _ = "  ".withXML { xmlTextWriterSetIndentString(w, $0) }
        }
    }

    deinit { if let writer { xmlFreeTextWriter(writer) } }

    func startDocument() throws { try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document") }

    func start(_ qname: String) throws {
        try check(qname.withXML { xmlTextWriterStartElement(writer, $0) }, "start <\(qname)>")
    }

    func attribute(_ qname: String, _ value: String) throws {
        try check(qname.withXML { n in value.withXML { v in xmlTextWriterWriteAttribute(writer, n, v) } },
                  "write the attribute \(qname)")
    }

    func text(_ value: String) throws { try check(value.withXML { xmlTextWriterWriteString(writer, $0) }, "write text") }

    func end() throws { try check(xmlTextWriterEndElement(writer), "end an element") }

    /// Writes `markup` as it is: only for fragments checked well-formed beforehand (rich text).
    func raw(_ markup: String) throws { try check(markup.withXML { xmlTextWriterWriteRaw(writer, $0) }, "write markup") }

    /// `<qname attrs…>text</qname>`.
    func element(_ qname: String, _ attributes: [(String, String)] = [], text: String? = nil) throws {
        try start(qname)
        for (n, v) in attributes { try attribute(n, v) }
        if let text { try self.text(text) }
        try end()
    }

    /// `<qname name="value">text</qname>` without building an attribute list (hot path).
    func element(_ qname: String, _ name: String, _ value: String, text: String) throws {
        try start(qname)
        try attribute(name, value)
        try self.text(text)
        try end()
    }

    /// Ends the document and flushes everything into the sink.
    func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush")
        xmlFreeTextWriter(writer)
        writer = nil
        if let sinkError { throw sinkError }
    }

    @inline(__always)
    private func check(_ rc: Int32, _ what: @autoclosure () -> String) throws {
        if rc < 0 {
            if let sinkError { throw sinkError }
            throw SDMXError.write("libxml2 could not \(what())")
        }
    }

    fileprivate func push(_ buffer: UnsafePointer<CChar>, _ length: Int32) -> Int32 {
        do {
            try sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
            return length
        } catch {
            sinkError = error
            return -1
        }
    }
}

private func xmlOutputWrite(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafePointer<CChar>?, _ length: Int32) -> Int32 {
    guard let context, let buffer else { return -1 }
    return Unmanaged<XMLOutput>.fromOpaque(context).takeUnretainedValue().push(buffer, length)
}

private func xmlOutputClose(_ context: UnsafeMutableRawPointer?) -> Int32 { 0 }

extension String {
    func withXML<R>(_ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
        try withCString { try body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
