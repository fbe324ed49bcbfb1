import CLibXML2

/// Streams a `ByteSource` through libxml2's SAX2 push parser (no tree is built), after the
/// bytes of the prolog have passed the `DoctypeGuard`, and hands the events to a handler.
///
/// Safety: the parser runs with `LibXML.safeReaderOptions` (no entity substitution, no DTD
/// loading, no network) behind the process-wide refusing entity loader; the DOCTYPE is checked
/// twice, by the guard on the raw bytes and again here on the declarations libxml2 reports.
final class XMLPushParser {
    static let chunkSize = 1 << 16

    let source: ByteSource
    let policy: DTDPolicy
    private var guardian: DoctypeGuard
    /// The parser context while `parse` runs (the entity sub-parsers' contexts share its `_private`).
    private(set) var context: xmlParserCtxtPtr?
    /// The first failure seen in a callback (a grammar error, a refusal), or libxml2's first error.
    private var failure: Error?
    private var xmlError: RDFSyntaxError?
    /// The handler while `parse` runs, and whether a failure stopped delivery; read on every
    /// event, so kept at a fixed address (no dynamic exclusivity check per event).
    private struct Delivery {
        unowned(unsafe) var handler: XMLEventHandler?
        var stopped = false
    }
    private let delivery: UnsafeMutablePointer<Delivery> = {
        let p = UnsafeMutablePointer<Delivery>.allocate(capacity: 1)
        p.initialize(to: Delivery())
        return p
    }()
    private var strings: [UnsafeRawPointer: String] = [:]

    init(source: ByteSource, policy: DTDPolicy) {
        LibXML.ensureInitialised()
        self.source = source
        self.policy = policy
        guardian = DoctypeGuard(policy: policy)
    }

    deinit {
        delivery.deinitialize(count: 1)
        delivery.deallocate()
    }

    /// Parses the whole source, calling `handler` for each event; throws the first error.
    func parse(_ handler: XMLEventHandler) throws {
        var sax = XMLPushParser.makeSAXHandler()
        guard let ctxt = xmlCreatePushParserCtxt(&sax, nil, nil, 0, nil) else {
            throw RDFSyntaxError(file: source.name, line: 1, column: 1, message: "cannot create the XML parser")
        }
        xmlCtxtUseOptions(ctxt, LibXML.safeReaderOptions)
        ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        context = ctxt
        delivery.pointee.handler = handler
        defer {
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc); ctxt.pointee.myDoc = nil }
            xmlFreeParserCtxt(ctxt)
            context = nil
            delivery.pointee.handler = nil
        }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let n = try source.read(into: buffer, max: Self.chunkSize)
            if !guardian.done, let refusal = guardian.feed(UnsafeRawBufferPointer(start: buffer, count: n)) {
                throw RDFSyntaxError(file: source.name, line: refusal.line, column: refusal.column, message: refusal.message)
            }
            let status = xmlParseChunk(ctxt, buffer.assumingMemoryBound(to: CChar.self), Int32(n), n == 0 ? 1 : 0)
            if let failure { throw failure }
            if let xmlError { throw xmlError }
            if status != 0 || ctxt.pointee.wellFormed == 0 {
                throw error("XML parsing failed (an external resource was requested and refused, or the input is malformed)")
            }
            if n == 0 { return }
        }
    }

    /// The position libxml2 has reached (just after the construct being reported).
    var position: (line: Int, column: Int) {
        guard let ctxt = context else { return (1, 1) }
        return (max(Int(xmlSAX2GetLineNumber(ctxt)), 1), max(Int(xmlSAX2GetColumnNumber(ctxt)), 1))
    }

    func error(_ message: String) -> RDFSyntaxError {
        let p = position
        return RDFSyntaxError(file: source.name, line: p.line, column: p.column, message: message)
    }

    /// A Swift string for a libxml2 interned name (decoded once per distinct pointer).
    @inline(__always)
    func string(interned p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        let key = UnsafeRawPointer(p)
        if let s = strings[key] { return s }
        let s = LibXML.string(p) ?? ""
        strings[key] = s
        return s
    }

    // MARK: callbacks (called by libxml2 through the C functions below)

    /// Stops `ctxt` (the document's context or an entity's) and the document's context.
    private func stop(_ ctxt: xmlParserCtxtPtr) {
        xmlStopParser(ctxt)
        if let context, context != ctxt { xmlStopParser(context) }
    }

    /// Runs `body` with the handler unless a failure was already seen; a thrown error stops parsing.
    @inline(__always)
    func deliver(_ ctxt: xmlParserCtxtPtr, _ body: (XMLEventHandler) throws -> Void) {
        guard !delivery.pointee.stopped, let handler = delivery.pointee.handler else { stop(ctxt); return }
        do { try body(handler) } catch {
            failure = error
            delivery.pointee.stopped = true
            stop(ctxt)
        }
    }

    func refuse(_ ctxt: xmlParserCtxtPtr, _ message: String) {
        if failure == nil { failure = error(message) }
        delivery.pointee.stopped = true
        stop(ctxt)
    }

    func record(_ error: xmlErrorPtr) {
        guard xmlError == nil, failure == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = LibXML.string(UnsafeRawPointer(error.pointee.message)?.assumingMemoryBound(to: xmlChar.self))
            ?? "XML error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        xmlError = RDFSyntaxError(file: source.name, line: max(Int(error.pointee.line), 1),
                                  column: max(Int(error.pointee.int2), 1), message: "XML: " + message)
        delivery.pointee.stopped = true
    }
}
