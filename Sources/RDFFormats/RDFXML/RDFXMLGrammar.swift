import RDF

/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) as a stack machine over the events of
/// an `XMLPushParser` (through `RDFXMLEventSink`). A value type, so that its state is reached
/// without the dynamic exclusivity checks of class properties. Names are classified once per document (`RDFXMLNameCache`); frames are
/// small and live on one reused stack, `xml:base`/`xml:lang` scopes on another.
struct RDFXMLGrammar {
    struct Frame {
        enum Kind: UInt8 { case document, rdf, node, property, collection, literal }
        var kind: Kind
        /// Index of this element's `xml:base`/`xml:lang` scope in `scopes`.
        var scope: Int32
        /// node: the next `rdf:li` number.
        var li: Int32 = 1
        /// node: its subject; property, collection, literal: the subject of the property.
        var subject: Term
        var predicate = ""
        /// property: its node element, once seen; collection: the last list cell.
        var object: Term?
        var datatype: String?
        var resource: String?
        /// What few property elements need: rdf:ID, rdf:nodeID, property attributes, a literal.
        var extras: Extras?

        init(_ kind: Kind, scope: Int32, subject: Term) {
            self.kind = kind; self.scope = scope; self.subject = subject
        }
    }

    final class Extras {
        var reification: String?
        var nodeID: String?
        var propertyAttributes: [(RDFXMLNameCache.Attribute, String)] = []
        var writer = XMLLiteralWriter()
    }

    struct Scope {
        var base: String?
        /// Lower-cased, nil for none.
        var language: String?
    }

    let parser: XMLPushParser
    let emitQuad: (consuming Quad) throws -> Void
    let blankNodePrefix: String
    var stack: [Frame] = []
    var scopes: [Scope]
    var names = RDFXMLNameCache()
    /// The text of the innermost open property element (libxml2 splits text only between
    /// characters, so each run decodes on its own).
    var text = ""
    var blankCounter = 0
    var nodeIDs: [String: String] = [:]
    var usedIDs: Set<String> = []
    var languages = RecentStrings()
    /// Absolute `rdf:about`, `rdf:resource`, `rdf:datatype` and `rdf:type` IRIs seen lately
    /// (see `iri(_:base:)`).
    var recentIRIs = RecentStrings(capacity: 4096)
    var liPredicates: [String] = []

    init(parser: XMLPushParser, base: String?, blankNodePrefix: String, emit: @escaping (consuming Quad) throws -> Void) {
        self.parser = parser
        self.blankNodePrefix = blankNodePrefix
        emitQuad = emit
        scopes = [Scope(base: base, language: nil)]
        stack.reserveCapacity(32)
        stack.append(Frame(.document, scope: 0, subject: .iri("")))
    }

    // MARK: events

    mutating func startElement(_ e: XMLElementEvent) throws {
        let top = stack.count - 1
        let parent = stack[top].kind
        if parent == .literal { return literalStart(e) }
        let scope = try openScope(e, parent: stack[top].scope)
        guard let name = names.element(e, parser) else {
            throw parser.error("element <\(parser.string(interned: e.localName) ?? "")> is not in a namespace")
        }
        switch parent {
        case .document where name.role == .rdfRDF:
            stack.append(Frame(.rdf, scope: scope, subject: .iri("")))
        case .document, .rdf:
            let s = try nodeElement(e, name, scope: scope)
            stack.append(Frame(.node, scope: scope, subject: s))
        case .node:
            try propertyElement(e, name, scope: scope)
        case .property:
            try objectNodeElement()
            let s = try nodeElement(e, name, scope: scope)
            stack[top].object = s
            try emit(stack[top].subject, stack[top].predicate, s, reification: stack[top].extras?.reification)
            stack.append(Frame(.node, scope: scope, subject: s))
        case .collection:
            let s = try nodeElement(e, name, scope: scope)
            let cell = freshBlankNode()
            if let last = stack[top].object { try emit(last, RDFVocabulary.rest, cell) }
            else { try emit(stack[top].subject, stack[top].predicate, cell, reification: stack[top].extras?.reification) }
            try emit(cell, RDFVocabulary.first, s)
            stack[top].object = cell
            stack.append(Frame(.node, scope: scope, subject: s))
        case .literal:
            break  // handled above
        }
    }

    /// The element's scope: the parent's, or a new one when it has `xml:base` or `xml:lang`.
    mutating func openScope(_ e: XMLElementEvent, parent: Int32) throws -> Int32 {
        var scope: Scope?
        for i in 0..<e.attributeCount {
            guard let a = e.attribute(i) else { continue }
            let role = names.attribute(a, parser).role
            if role == .xmlBase {
                var s = scope ?? scopes[Int(parent)]
                s.base = resolve(parser.attributeValue(a.value), against: s.base)
                scope = s
            } else if role == .xmlLang {
                var s = scope ?? scopes[Int(parent)]
                s.language = languageTag(a.value)
                scope = s
            }
        }
        guard let scope else { return parent }
        scopes.append(scope)
        return Int32(scopes.count - 1)
    }

    mutating func endElement() throws {
        let top = stack.count - 1
        if stack[top].kind == .literal, let extras = stack[top].extras, extras.writer.depth > 0 {
            extras.writer.endElement()
            return
        }
        let frame = stack.removeLast()
        guard let parentScope = stack.last?.scope else { throw parser.error("unbalanced end element") }
        let scope = frame.scope
        defer { if scope != parentScope { scopes.removeLast() } }
        switch frame.kind {
        case .property:
            try finishProperty(frame)
        case .literal:
            try emit(frame.subject, frame.predicate, .typed(frame.extras?.writer.output ?? "", RDFVocabulary.XMLLiteral),
                     reification: frame.extras?.reification)
        case .collection:
            if let last = frame.object { try emit(last, RDFVocabulary.rest, .iri(RDFVocabulary.nil)) }
            else { try emit(frame.subject, frame.predicate, .iri(RDFVocabulary.nil), reification: frame.extras?.reification) }
        case .document, .rdf, .node:
            break
        }
    }

    mutating func characters(_ bytes: UnsafeRawBufferPointer) throws {
        let top = stack.count - 1
        switch stack[top].kind {
        case .literal:
            stack[top].extras?.writer.text(String(decoding: bytes, as: UTF8.self))
        case .property:
            if stack[top].object != nil {
                if !Self.isWhitespace(bytes) { throw parser.error("text after the node element of a property element") }
                return
            }
            if text.isEmpty { text = String(decoding: bytes, as: UTF8.self) }
            else { text += String(decoding: bytes, as: UTF8.self) }
        case .document, .rdf, .node, .collection:
            if !Self.isWhitespace(bytes) {
                let value = String(decoding: bytes, as: UTF8.self)
                throw parser.error("unexpected text \"\(value.prefix(40))\" where an element is expected")
            }
        }
    }

    mutating func comment(_ text: String) throws {
        let top = stack.count - 1
        if stack[top].kind == .literal { stack[top].extras?.writer.comment(text) }
    }

    mutating func processingInstruction(target: String, data: String) throws {
        let top = stack.count - 1
        if stack[top].kind == .literal { stack[top].extras?.writer.processingInstruction(target: target, data: data) }
    }

    /// A start tag inside `rdf:parseType="Literal"`: written to the literal, names and all.
    mutating func literalStart(_ e: XMLElementEvent) {
        var attributes: [XMLLiteralWriter.Attribute] = []
        for i in 0..<e.attributeCount {
            guard let a = e.attribute(i) else { continue }
            attributes.append(XMLLiteralWriter.Attribute(
                namespace: parser.string(interned: a.namespace), prefix: parser.string(interned: a.prefix),
                localName: parser.string(interned: a.localName) ?? "", value: parser.attributeValue(a.value)))
        }
        let ns = parser.string(interned: e.namespace), prefix = parser.string(interned: e.prefix)
        let local = parser.string(interned: e.localName) ?? ""
        stack[stack.count - 1].extras?.writer.startElement(namespace: ns, prefix: prefix, localName: local, attributes: attributes)
    }
}
