import RDF

/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) as a stack machine over reader events.
final class RDFXMLGrammar {
    /// A property element whose kind (resource, literal or empty) is known only at its end.
    struct PendingProperty {
        var subject: Term
        var predicate: String
        var reification: String?
        var datatype: String?
        var resource: String?
        var nodeID: String?
        var propertyAttributes: [(String, String)]
        var text = ""
        var object: Term?
    }

    enum Frame {
        case document
        case rdf
        /// Inside a node element (or a `parseType="Resource"` property): property elements follow.
        case node(subject: Term, li: Int)
        case property(PendingProperty)
        case collection(subject: Term, predicate: String, reification: String?, last: Term?)
        case literal(subject: Term, predicate: String, reification: String?, writer: XMLLiteralWriter)
    }

    struct Entry {
        var frame: Frame
        var base: String?
        var language: String?
    }

    let reader: XMLStreamReader
    let policy: DTDPolicy
    let emit: (Quad) throws -> Void
    var stack: [Entry]
    var blankCounter = 0
    var nodeIDs: [String: String] = [:]
    var usedIDs: Set<String> = []
    var attributeBuffer: [(String, String)] = []

    let blankNodePrefix: String

    init(reader: XMLStreamReader, base: String?, policy: DTDPolicy, blankNodePrefix: String,
         emit: @escaping (Quad) throws -> Void) {
        self.reader = reader
        self.blankNodePrefix = blankNodePrefix
        self.policy = policy
        self.emit = emit
        stack = [Entry(frame: .document, base: base, language: nil)]
    }

    func run() throws {
        while try reader.next() {
            switch reader.kind {
            case .startElement(let empty):
                try startElement()
                if empty { try endElement() }
            case .endElement:
                try endElement()
            case .text:
                try text(reader.value)
            case .entityReference:
                guard policy == .allowInternalEntities, let replacement = reader.entityText() else {
                    throw reader.error("entity reference &\(reader.name); is not declared or not allowed")
                }
                try text(replacement)
            case .comment:
                withLiteralWriter { $0.comment(reader.value) }
            case .processingInstruction:
                withLiteralWriter { $0.processingInstruction(target: reader.name, data: reader.value) }
            case .doctype:
                if policy == .refuseEntities && reader.doctypeDeclaresEntitiesOrExternalSubset() {
                    throw reader.error("DOCTYPE declaring entities or an external subset is refused")
                }
            case .other:
                break
            }
        }
    }

    // MARK: events

    func startElement() throws {
        if case .literal = stack[stack.count - 1].frame {
            let attributes = reader.attributes().map {
                XMLLiteralWriter.Attribute(namespace: $0.namespace, prefix: $0.prefix, localName: $0.localName, value: $0.value)
            }
            let ns = reader.namespace, prefix = reader.prefix, local = reader.localName
            withLiteralWriter { $0.startElement(namespace: ns, prefix: prefix, localName: local, attributes: attributes) }
            return
        }
        let parent = stack[stack.count - 1]
        var base = parent.base, language = parent.language
        attributeBuffer.removeAll(keepingCapacity: true)
        reader.forEachAttribute { name, local, value in
            if let name {
                if name == RDFXMLNames.xmlBase { base = resolve(value, against: base) }
                else if name == RDFXMLNames.xmlLang { language = value.isEmpty ? nil : value }
                else if !name.hasPrefix(RDFXMLNames.xmlNamespace) { attributeBuffer.append((name, value)) }
            } else if RDFXMLNames.legacyUnqualified.contains(local) {
                attributeBuffer.append((RDFXMLNames.ns + local, value))
            }
            // Other unqualified attributes (and xml-prefixed names) are ignored.
        }
        guard let iri = reader.expandedName else {
            throw reader.error("element <\(reader.localName)> is not in a namespace")
        }
        switch parent.frame {
        case .document:
            if iri == RDFXMLNames.RDF {
                stack.append(Entry(frame: .rdf, base: base, language: language))
            } else {
                let s = try nodeElement(iri, base: base, language: language)
                stack.append(Entry(frame: .node(subject: s, li: 1), base: base, language: language))
            }
        case .rdf:
            let s = try nodeElement(iri, base: base, language: language)
            stack.append(Entry(frame: .node(subject: s, li: 1), base: base, language: language))
        case .node:
            try propertyElement(iri, base: base, language: language)
        case .property(var pending):
            try objectNodeElement(&pending)
            let s = try nodeElement(iri, base: base, language: language)
            pending.object = s
            stack[stack.count - 1].frame = .property(pending)
            try emit(pending.subject, pending.predicate, s, reification: pending.reification)
            stack.append(Entry(frame: .node(subject: s, li: 1), base: base, language: language))
        case .collection(let subject, let predicate, let reification, let last):
            let s = try nodeElement(iri, base: base, language: language)
            let cell = freshBlankNode()
            if let last { try emit(last, RDFVocabulary.rest, cell) }
            else { try emit(subject, predicate, cell, reification: reification) }
            try emit(cell, RDFVocabulary.first, s)
            stack[stack.count - 1].frame = .collection(subject: subject, predicate: predicate,
                                                       reification: reification, last: cell)
            stack.append(Entry(frame: .node(subject: s, li: 1), base: base, language: language))
        case .literal:
            break  // handled above
        }
    }

    func endElement() throws {
        let top = stack.count - 1
        if case .literal(let subject, let predicate, let reification, var writer) = stack[top].frame {
            if writer.depth > 0 {
                stack[top].frame = .document
                writer.endElement()
                stack[top].frame = .literal(subject: subject, predicate: predicate, reification: reification, writer: writer)
                return
            }
            stack.removeLast()
            try emit(subject, predicate, .typed(writer.output, RDFVocabulary.XMLLiteral), reification: reification)
            return
        }
        let entry = stack.removeLast()
        switch entry.frame {
        case .property(let pending):
            try finishProperty(pending, base: entry.base, language: entry.language)
        case .collection(let subject, let predicate, let reification, let last):
            if let last { try emit(last, RDFVocabulary.rest, .iri(RDFVocabulary.nil)) }
            else { try emit(subject, predicate, .iri(RDFVocabulary.nil), reification: reification) }
        case .document, .rdf, .node, .literal:
            break
        }
        if stack.isEmpty { throw reader.error("unbalanced end element") }
    }

    func text(_ value: String) throws {
        let top = stack.count - 1
        switch stack[top].frame {
        case .literal:
            withLiteralWriter { $0.text(value) }
        case .property(var pending):
            if pending.object != nil {
                if !Self.isWhitespace(value) { throw reader.error("text after the node element of a property element") }
                return
            }
            stack[top].frame = .document
            pending.text += value
            stack[top].frame = .property(pending)
        case .document, .rdf, .node, .collection:
            if !Self.isWhitespace(value) {
                throw reader.error("unexpected text \"\(value.prefix(40))\" where an element is expected")
            }
        }
    }

    // MARK: helpers

    func withLiteralWriter(_ body: (inout XMLLiteralWriter) -> Void) {
        let top = stack.count - 1
        guard case .literal(let subject, let predicate, let reification, var writer) = stack[top].frame else { return }
        stack[top].frame = .document  // drop the second reference so the writer's buffer is not copied
        body(&writer)
        stack[top].frame = .literal(subject: subject, predicate: predicate, reification: reification, writer: writer)
    }

    func emit(_ s: Term, _ p: String, _ o: Term, reification: String? = nil) throws {
        try emit(Quad(s, .iri(p), o))
        if let reification {
            let r = Term.iri(reification)
            try emit(Quad(r, .iri(RDFVocabulary.type), .iri(RDFVocabulary.Statement)))
            try emit(Quad(r, .iri(RDFVocabulary.subject), s))
            try emit(Quad(r, .iri(RDFVocabulary.predicate), .iri(p)))
            try emit(Quad(r, .iri(RDFVocabulary.object), o))
        }
    }

    func freshBlankNode() -> Term {
        blankCounter += 1
        return .blankNode(blankNodePrefix + "b\(blankCounter)")
    }

    func blankNode(nodeID: String) throws -> Term {
        guard RDFXMLNames.isNCName(nodeID) else { throw reader.error("rdf:nodeID \"\(nodeID)\" is not an XML NCName") }
        if let label = nodeIDs[nodeID] { return .blankNode(label) }
        let label = blankNodePrefix + "n\(nodeIDs.count + 1)"
        nodeIDs[nodeID] = label
        return .blankNode(label)
    }

    /// The IRI an `rdf:ID` names, checked for NCName syntax and uniqueness against the base.
    func idIRI(_ id: String, base: String?) throws -> String {
        guard RDFXMLNames.isNCName(id) else { throw reader.error("rdf:ID \"\(id)\" is not an XML NCName") }
        let iri = IRI.resolve("#" + id, against: base)
        guard usedIDs.insert(iri).inserted else { throw reader.error("rdf:ID \"\(id)\" is used twice for <\(iri)>") }
        return iri
    }

    func literal(_ value: String, language: String?) -> Term {
        language.map { .langString(value, $0) } ?? .string(value)
    }

    /// Resolves `ref` against `base`, skipping the work for absolute IRIs without dot segments.
    @inline(__always)
    func resolve(_ ref: String, against base: String?) -> String {
        Self.isAbsoluteWithoutDotSegments(ref) ? ref : IRI.resolve(ref, against: base)
    }

    static func isAbsoluteWithoutDotSegments(_ s: String) -> Bool {
        var inScheme = true, first = true, afterSlash = true
        for b in s.utf8 {
            if inScheme {
                let alpha = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                if first { guard alpha else { return false }; first = false; continue }
                if b == 0x3A { inScheme = false; continue }
                guard alpha || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E else { return false }
            } else {
                if b == 0x2E && afterSlash { return false }
                afterSlash = b == 0x2F
            }
        }
        return !inScheme
    }

    static func isWhitespace(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
