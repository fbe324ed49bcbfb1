import RDF

/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) as a stack machine over the events of
/// an `XMLPushParser`. Names are classified once per document (`RDFXMLNameCache`); the frames
/// live on one reused stack; text accumulates in one reused byte buffer.
final class RDFXMLGrammar: XMLEventHandler {
    struct Frame {
        enum Kind { case document, rdf, node, property, collection, literal }
        var kind: Kind
        var base: String?
        var language: String?
        /// node: its subject; property, collection, literal: the subject of the property.
        var subject: Term
        var predicate = ""
        /// node: the next `rdf:li` number.
        var li = 1
        var reification: String?
        var datatype: String?
        var resource: String?
        var nodeID: String?
        /// property: its node element, once seen; collection: the last list cell.
        var object: Term?
        var propertyAttributes: [(RDFXMLNameCache.Attribute, String)] = []
        var writer: XMLLiteralWriter?

        init(_ kind: Kind, base: String?, language: String?, subject: Term) {
            self.kind = kind; self.base = base; self.language = language; self.subject = subject
        }
    }

    let parser: XMLPushParser
    let emitQuad: (Quad) throws -> Void
    let blankNodePrefix: String
    var stack: [Frame]
    var names = RDFXMLNameCache()
    /// The current element's attributes (names classified, values still libxml2's bytes).
    var attributeBuffer: [(RDFXMLNameCache.Attribute, UnsafeRawBufferPointer)] = []
    /// The text of the innermost open property element.
    var text: [UInt8] = []
    var blankCounter = 0
    var nodeIDs: [String: String] = [:]
    var usedIDs: Set<String> = []
    var languages = RecentStrings()
    var datatypes = RecentStrings()
    var liPredicates: [String] = []

    init(parser: XMLPushParser, base: String?, blankNodePrefix: String, emit: @escaping (Quad) throws -> Void) {
        self.parser = parser
        self.blankNodePrefix = blankNodePrefix
        emitQuad = emit
        stack = [Frame(.document, base: base, language: nil, subject: .iri(""))]
        stack.reserveCapacity(32)
        text.reserveCapacity(256)
    }

    func run() throws { try parser.parse(self) }

    // MARK: events

    func startElement(_ e: XMLElementEvent) throws {
        let top = stack.count - 1
        if stack[top].kind == .literal { return literalStart(e) }
        var base = stack[top].base, language = stack[top].language
        attributeBuffer.removeAll(keepingCapacity: true)
        for i in 0..<e.attributeCount {
            guard let a = e.attribute(i) else { continue }
            let name = names.attribute(a, parser)
            switch name.role {
            case .ignored: continue
            case .xmlBase: base = resolve(parser.attributeValue(a.value), against: base)
            case .xmlLang: language = languageTag(a.value)
            default: attributeBuffer.append((name, a.value))
            }
        }
        guard let name = names.element(e, parser) else {
            throw parser.error("element <\(parser.string(interned: e.localName) ?? "")> is not in a namespace")
        }
        switch stack[top].kind {
        case .document where name.role == .rdfRDF:
            stack.append(Frame(.rdf, base: base, language: language, subject: .iri("")))
        case .document, .rdf:
            let s = try nodeElement(name, base: base, language: language)
            stack.append(Frame(.node, base: base, language: language, subject: s))
        case .node:
            try propertyElement(name, base: base, language: language)
        case .property:
            try objectNodeElement()
            let s = try nodeElement(name, base: base, language: language)
            stack[top].object = s
            try emit(stack[top].subject, stack[top].predicate, s, reification: stack[top].reification)
            stack.append(Frame(.node, base: base, language: language, subject: s))
        case .collection:
            let s = try nodeElement(name, base: base, language: language)
            let cell = freshBlankNode()
            if let last = stack[top].object { try emit(last, RDFVocabulary.rest, cell) }
            else { try emit(stack[top].subject, stack[top].predicate, cell, reification: stack[top].reification) }
            try emit(cell, RDFVocabulary.first, s)
            stack[top].object = cell
            stack.append(Frame(.node, base: base, language: language, subject: s))
        case .literal:
            break  // handled above
        }
    }

    func endElement() throws {
        let top = stack.count - 1
        if stack[top].kind == .literal {
            if let depth = stack[top].writer?.depth, depth > 0 {
                stack[top].writer?.endElement()
                return
            }
            let frame = stack.removeLast()
            try emit(frame.subject, frame.predicate, .typed(frame.writer?.output ?? "", RDFVocabulary.XMLLiteral),
                     reification: frame.reification)
            return
        }
        let frame = stack.removeLast()
        switch frame.kind {
        case .property:
            try finishProperty(frame)
        case .collection:
            if let last = frame.object { try emit(last, RDFVocabulary.rest, .iri(RDFVocabulary.nil)) }
            else { try emit(frame.subject, frame.predicate, .iri(RDFVocabulary.nil), reification: frame.reification) }
        case .document, .rdf, .node, .literal:
            break
        }
        if stack.isEmpty { throw parser.error("unbalanced end element") }
    }

    func characters(_ bytes: UnsafeRawBufferPointer) throws {
        let top = stack.count - 1
        switch stack[top].kind {
        case .literal:
            stack[top].writer?.text(String(decoding: bytes, as: UTF8.self))
        case .property:
            if stack[top].object != nil {
                if !Self.isWhitespace(bytes) { throw parser.error("text after the node element of a property element") }
                return
            }
            text.append(contentsOf: bytes)
        case .document, .rdf, .node, .collection:
            if !Self.isWhitespace(bytes) {
                let value = String(decoding: bytes, as: UTF8.self)
                throw parser.error("unexpected text \"\(value.prefix(40))\" where an element is expected")
            }
        }
    }

    func comment(_ text: String) throws {
        let top = stack.count - 1
        if stack[top].kind == .literal { stack[top].writer?.comment(text) }
    }

    func processingInstruction(target: String, data: String) throws {
        let top = stack.count - 1
        if stack[top].kind == .literal { stack[top].writer?.processingInstruction(target: target, data: data) }
    }

    /// A start tag inside `rdf:parseType="Literal"`: written to the literal, names and all.
    func literalStart(_ e: XMLElementEvent) {
        var attributes: [XMLLiteralWriter.Attribute] = []
        for i in 0..<e.attributeCount {
            guard let a = e.attribute(i) else { continue }
            attributes.append(XMLLiteralWriter.Attribute(
                namespace: parser.string(interned: a.namespace), prefix: parser.string(interned: a.prefix),
                localName: parser.string(interned: a.localName) ?? "", value: parser.attributeValue(a.value)))
        }
        let ns = parser.string(interned: e.namespace), prefix = parser.string(interned: e.prefix)
        let local = parser.string(interned: e.localName) ?? ""
        stack[stack.count - 1].writer?.startElement(namespace: ns, prefix: prefix, localName: local, attributes: attributes)
    }
}
