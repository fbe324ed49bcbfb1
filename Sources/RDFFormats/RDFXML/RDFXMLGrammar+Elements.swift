import RDF

extension RDFXMLGrammar {
    typealias Element = RDFXMLNameCache.Element

    /// A node element (section 7.2.11): works out its subject and emits its type and property
    /// attributes. Reads the element's attributes from `attributeBuffer`.
    func nodeElement(_ name: Element, base: String?, language: String?) throws -> Term {
        if let message = name.nodeError { throw parser.error(message) }
        var subject: Term?
        func setSubject(_ t: Term) throws {
            guard subject == nil else {
                throw parser.error("a node element takes at most one of rdf:ID, rdf:about and rdf:nodeID")
            }
            subject = t
        }
        var properties = false
        for (attribute, value) in attributeBuffer {
            switch attribute.role {
            case .ID: try setSubject(.iri(try idIRI(string(value), base: base)))
            case .about: try setSubject(.iri(iri(value, base: base)))
            case .nodeID: try setSubject(try blankNode(nodeID: string(value)))
            default:
                if let message = attribute.propertyError { throw parser.error(message) }
                properties = true
            }
        }
        let s = subject ?? freshBlankNode()
        if name.role != .description { try emit(s, RDFVocabulary.type, .iri(name.iri)) }
        if properties {
            for (attribute, value) in attributeBuffer {
                switch attribute.role {
                case .ID, .about, .nodeID: continue
                case .type: try emit(s, attribute.iri, .iri(iri(value, base: base)))
                default: try emit(s, attribute.iri, literal(string(value), language: language))
                }
            }
        }
        return s
    }

    /// A property element's start (section 7.2.14): parseType forms start at once, the others
    /// wait for their content.
    func propertyElement(_ name: Element, base: String?, language: String?) throws {
        let top = stack.count - 1
        let subject = stack[top].subject
        var predicate = name.iri
        if name.role == .li {
            predicate = liPredicate(stack[top].li)
            stack[top].li += 1
        } else if let message = name.propertyError {
            throw parser.error(message)
        }
        var id: String?, parseType: String?, resource: String?, nodeID: String?, datatype: String?
        var properties: [(RDFXMLNameCache.Attribute, String)] = []
        for (attribute, value) in attributeBuffer {
            switch attribute.role {
            case .ID: id = string(value)
            case .parseType: parseType = string(value)
            case .resource: resource = iri(value, base: base)
            case .nodeID: nodeID = string(value)
            case .datatype: datatype = datatypeIRI(value, base: base)
            default:
                if let message = attribute.propertyError { throw parser.error(message) }
                properties.append((attribute, attribute.role == .type ? iri(value, base: base) : string(value)))
            }
        }
        let reification = try id.map { try idIRI($0, base: base) }
        var frame = Frame(.property, base: base, language: language, subject: subject)
        frame.predicate = predicate
        frame.reification = reification
        if let parseType {
            guard resource == nil, nodeID == nil, datatype == nil, properties.isEmpty else {
                throw parser.error("rdf:parseType cannot be combined with rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
            }
            switch parseType {
            case "Resource":
                let n = freshBlankNode()
                try emit(subject, predicate, n, reification: reification)
                frame.kind = .node
                frame.subject = n
            case "Collection":
                frame.kind = .collection
            default:  // "Literal" and any other value (parseTypeOtherPropertyElt)
                frame.kind = .literal
                frame.writer = XMLLiteralWriter()
            }
            stack.append(frame)
            return
        }
        if resource != nil && nodeID != nil {
            throw parser.error("a property element cannot have both rdf:resource and rdf:nodeID")
        }
        if let nodeID { _ = try blankNode(nodeID: nodeID) }
        frame.datatype = datatype
        frame.resource = resource
        frame.nodeID = nodeID
        frame.propertyAttributes = properties
        stack.append(frame)
        text.removeAll(keepingCapacity: true)
    }

    /// Checks that a property element may take a node element as its object (resourcePropertyElt).
    func objectNodeElement() throws {
        let top = stack.count - 1
        if stack[top].object != nil {
            throw parser.error("a property element can contain only one node element")
        }
        if !Self.isWhitespace(text) {
            throw parser.error("a property element cannot contain both text and a node element")
        }
        if stack[top].resource != nil || stack[top].nodeID != nil || stack[top].datatype != nil
            || !stack[top].propertyAttributes.isEmpty {
            throw parser.error("a property element with a node element cannot have rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
        }
        text.removeAll(keepingCapacity: true)
    }

    /// A property element's end: a literal (section 7.2.16) or an empty property (7.2.21).
    func finishProperty(_ frame: Frame) throws {
        if frame.object != nil { return }
        if !text.isEmpty || frame.datatype != nil {
            if frame.resource != nil || frame.nodeID != nil || !frame.propertyAttributes.isEmpty {
                throw parser.error("a property element with text cannot have rdf:resource, rdf:nodeID or property attributes")
            }
            let value = String(decoding: text, as: UTF8.self)
            let object: Term = frame.datatype.map { .typed(value, $0) } ?? literal(value, language: frame.language)
            try emit(frame.subject, frame.predicate, object, reification: frame.reification)
            return
        }
        let object: Term
        if let resource = frame.resource { object = .iri(resource) }
        else if let nodeID = frame.nodeID { object = try blankNode(nodeID: nodeID) }
        else if !frame.propertyAttributes.isEmpty { object = freshBlankNode() }
        else {
            try emit(frame.subject, frame.predicate, literal("", language: frame.language), reification: frame.reification)
            return
        }
        try emit(frame.subject, frame.predicate, object, reification: frame.reification)
        for (attribute, value) in frame.propertyAttributes {
            if attribute.role == .type { try emit(object, attribute.iri, .iri(value)) }
            else { try emit(object, attribute.iri, literal(value, language: frame.language)) }
        }
    }

    /// `rdf:_n` for the n-th `rdf:li`.
    func liPredicate(_ n: Int) -> String {
        while liPredicates.count <= n && liPredicates.count < 1024 {
            liPredicates.append(RDFVocabulary.namespace + "_" + String(liPredicates.count))
        }
        return n < liPredicates.count ? liPredicates[n] : RDFVocabulary.namespace + "_" + String(n)
    }
}
