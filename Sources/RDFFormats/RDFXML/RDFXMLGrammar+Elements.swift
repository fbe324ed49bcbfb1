import RDF

extension RDFXMLGrammar {
    /// A node element (section 7.2.11): works out its subject and emits its type and property
    /// attributes. Reads the element's attributes from `attributeBuffer`.
    func nodeElement(_ iri: String, base: String?, language: String?) throws -> Term {
        if let message = RDFXMLNames.nodeElementError(iri) { throw reader.error(message) }
        var subject: Term?
        func setSubject(_ t: Term) throws {
            guard subject == nil else {
                throw reader.error("a node element takes at most one of rdf:ID, rdf:about and rdf:nodeID")
            }
            subject = t
        }
        for (name, value) in attributeBuffer {
            switch name {
            case RDFXMLNames.ID: try setSubject(.iri(try idIRI(value, base: base)))
            case RDFXMLNames.about: try setSubject(.iri(resolve(value, against: base)))
            case RDFXMLNames.nodeID: try setSubject(try blankNode(nodeID: value))
            default:
                if let message = RDFXMLNames.propertyAttributeError(name) { throw reader.error(message) }
            }
        }
        let s = subject ?? freshBlankNode()
        if iri != RDFXMLNames.Description { try emit(s, RDFVocabulary.type, .iri(iri)) }
        for (name, value) in attributeBuffer {
            switch name {
            case RDFXMLNames.ID, RDFXMLNames.about, RDFXMLNames.nodeID: continue
            case RDFVocabulary.type: try emit(s, name, .iri(resolve(value, against: base)))
            default: try emit(s, name, literal(value, language: language))
            }
        }
        return s
    }

    /// A property element's start (section 7.2.14): parseType forms start at once, the others
    /// wait for their content.
    func propertyElement(_ iri: String, base: String?, language: String?) throws {
        let top = stack.count - 1
        guard case .node(let subject, let li) = stack[top].frame else { return }
        var predicate = iri
        if iri == RDFVocabulary.li {
            predicate = RDFVocabulary.namespace + "_\(li)"
            stack[top].frame = .node(subject: subject, li: li + 1)
        } else if let message = RDFXMLNames.propertyElementError(iri) {
            throw reader.error(message)
        }
        var id: String?, parseType: String?, resource: String?, nodeID: String?, datatype: String?
        var properties: [(String, String)] = []
        for (name, value) in attributeBuffer {
            switch name {
            case RDFXMLNames.ID: id = value
            case RDFXMLNames.parseType: parseType = value
            case RDFXMLNames.resource: resource = value
            case RDFXMLNames.nodeID: nodeID = value
            case RDFXMLNames.datatype: datatype = value
            default:
                if let message = RDFXMLNames.propertyAttributeError(name) { throw reader.error(message) }
                properties.append((name, value))
            }
        }
        let reification = try id.map { try idIRI($0, base: base) }
        if let parseType {
            guard resource == nil, nodeID == nil, datatype == nil, properties.isEmpty else {
                throw reader.error("rdf:parseType cannot be combined with rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
            }
            let frame: Frame
            switch parseType {
            case "Resource":
                let n = freshBlankNode()
                try emit(subject, predicate, n, reification: reification)
                frame = .node(subject: n, li: 1)
            case "Collection":
                frame = .collection(subject: subject, predicate: predicate, reification: reification, last: nil)
            default:  // "Literal" and any other value (parseTypeOtherPropertyElt)
                frame = .literal(subject: subject, predicate: predicate, reification: reification, writer: XMLLiteralWriter())
            }
            stack.append(Entry(frame: frame, base: base, language: language))
            return
        }
        if resource != nil && nodeID != nil {
            throw reader.error("a property element cannot have both rdf:resource and rdf:nodeID")
        }
        if let nodeID { _ = try blankNode(nodeID: nodeID) }
        let pending = PendingProperty(subject: subject, predicate: predicate, reification: reification,
                                      datatype: datatype.map { resolve($0, against: base) },
                                      resource: resource.map { resolve($0, against: base) },
                                      nodeID: nodeID, propertyAttributes: properties)
        stack.append(Entry(frame: .property(pending), base: base, language: language))
    }

    /// Checks that a property element may take a node element as its object (resourcePropertyElt).
    func objectNodeElement(_ pending: inout PendingProperty) throws {
        if pending.object != nil {
            throw reader.error("a property element can contain only one node element")
        }
        if !Self.isWhitespace(pending.text) {
            throw reader.error("a property element cannot contain both text and a node element")
        }
        if pending.resource != nil || pending.nodeID != nil || pending.datatype != nil || !pending.propertyAttributes.isEmpty {
            throw reader.error("a property element with a node element cannot have rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
        }
        pending.text = ""
    }

    /// A property element's end: a literal (section 7.2.16) or an empty property (7.2.21).
    func finishProperty(_ pending: PendingProperty, base: String?, language: String?) throws {
        if pending.object != nil { return }
        if !pending.text.isEmpty || pending.datatype != nil {
            if pending.resource != nil || pending.nodeID != nil || !pending.propertyAttributes.isEmpty {
                throw reader.error("a property element with text cannot have rdf:resource, rdf:nodeID or property attributes")
            }
            let object: Term = pending.datatype.map { .typed(pending.text, $0) } ?? literal(pending.text, language: language)
            try emit(pending.subject, pending.predicate, object, reification: pending.reification)
            return
        }
        let object: Term
        if let resource = pending.resource { object = .iri(resource) }
        else if let nodeID = pending.nodeID { object = try blankNode(nodeID: nodeID) }
        else if !pending.propertyAttributes.isEmpty { object = freshBlankNode() }
        else {
            try emit(pending.subject, pending.predicate, literal("", language: language), reification: pending.reification)
            return
        }
        try emit(pending.subject, pending.predicate, object, reification: pending.reification)
        for (name, value) in pending.propertyAttributes {
            if name == RDFVocabulary.type { try emit(object, name, .iri(resolve(value, against: base))) }
            else { try emit(object, name, literal(value, language: language)) }
        }
    }
}
