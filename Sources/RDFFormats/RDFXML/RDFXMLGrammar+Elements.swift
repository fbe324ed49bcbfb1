import RDF

extension RDFXMLGrammar {
    typealias Element = RDFXMLNameCache.Element

    /// A node element (section 7.2.11): works out its subject and emits its type and property
    /// attributes.
    mutating func nodeElement(_ e: XMLElementEvent, _ name: Element, scope: Int32) throws -> Term {
        if name.notANodeElement { throw parser.error(names.nodeElementError(name) ?? "not a node element") }
        let base = scopes[Int(scope)].base
        var subject: Term?
        func setSubject(_ t: Term) throws {
            guard subject == nil else {
                throw parser.error("a node element takes at most one of rdf:ID, rdf:about and rdf:nodeID")
            }
            subject = t
        }
        var properties = false
        for i in 0..<e.attributeCount {
            guard let a = e.attribute(i) else { continue }
            let attribute = names.attribute(a, parser)
            switch attribute.role {
            case .ignored, .xmlBase, .xmlLang: continue
            case .ID: try setSubject(.iri(try idIRI(string(a.value), base: base)))
            case .about: try setSubject(.iri(iri(a.value, base: base)))
            case .nodeID: try setSubject(try blankNode(nodeID: string(a.value)))
            default:
                if attribute.notAPropertyAttribute {
                    throw parser.error(names.propertyAttributeError(attribute) ?? "not a property attribute")
                }
                properties = true
            }
        }
        let s = subject ?? freshBlankNode()
        if name.role != .description { try emit(s, RDFVocabulary.type, .iri(names.iri(name))) }
        if properties {
            let language = scopes[Int(scope)].language
            for i in 0..<e.attributeCount {
                guard let a = e.attribute(i) else { continue }
                let attribute = names.attribute(a, parser)
                switch attribute.role {
                case .type: try emit(s, names.iri(attribute), .iri(iri(a.value, base: base)))
                case .property: try emit(s, names.iri(attribute), literal(string(a.value), language: language))
                default: continue
                }
            }
        }
        return s
    }

    /// A property element's start (section 7.2.14): parseType forms start at once, the others
    /// wait for their content.
    mutating func propertyElement(_ e: XMLElementEvent, _ name: Element, scope: Int32) throws {
        let top = stack.count - 1
        let subject = stack[top].subject
        let predicate: String
        if name.role == .li {
            predicate = liPredicate(Int(stack[top].li))
            stack[top].li += 1
        } else if name.notAPropertyElement {
            throw parser.error(names.propertyElementError(name) ?? "not a property element")
        } else {
            predicate = names.iri(name)
        }
        let base = scopes[Int(scope)].base
        var id: String?, parseType: String?, resource: String?, nodeID: String?, datatype: String?
        var properties: [(RDFXMLNameCache.Attribute, String)] = []
        for i in 0..<e.attributeCount {
            guard let a = e.attribute(i) else { continue }
            let attribute = names.attribute(a, parser)
            switch attribute.role {
            case .ignored, .xmlBase, .xmlLang: continue
            case .ID: id = string(a.value)
            case .parseType: parseType = string(a.value)
            case .resource: resource = iri(a.value, base: base)
            case .nodeID: nodeID = string(a.value)
            case .datatype: datatype = iri(a.value, base: base)
            default:
                if attribute.notAPropertyAttribute {
                    throw parser.error(names.propertyAttributeError(attribute) ?? "not a property attribute")
                }
                properties.append((attribute, attribute.role == .type ? iri(a.value, base: base) : string(a.value)))
            }
        }
        let reification = try id.map { try idIRI($0, base: base) }
        var extras: Extras?
        if reification != nil || nodeID != nil || !properties.isEmpty || parseType != nil {
            let x = Extras()
            x.reification = reification
            x.nodeID = nodeID
            x.propertyAttributes = properties
            extras = x
        }
        if let parseType {
            guard resource == nil, nodeID == nil, datatype == nil, properties.isEmpty else {
                throw parser.error("rdf:parseType cannot be combined with rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
            }
            switch parseType {
            case "Resource":
                let n = freshBlankNode()
                try emit(subject, predicate, n, reification: reification)
                stack.append(Frame(.node, scope: scope, subject: n))
            case "Collection":
                stack.append(Frame(.collection, scope: scope, subject: subject))
            default:  // "Literal" and any other value (parseTypeOtherPropertyElt)
                stack.append(Frame(.literal, scope: scope, subject: subject))
            }
            stack[stack.count - 1].predicate = predicate
            stack[stack.count - 1].extras = extras
            return
        }
        if resource != nil && nodeID != nil {
            throw parser.error("a property element cannot have both rdf:resource and rdf:nodeID")
        }
        if let nodeID { _ = try blankNode(nodeID: nodeID) }
        stack.append(Frame(.property, scope: scope, subject: subject))
        let new = stack.count - 1
        stack[new].predicate = predicate
        stack[new].datatype = datatype
        stack[new].resource = resource
        stack[new].extras = extras
        if !text.isEmpty { text = "" }
    }

    /// Checks that a property element may take a node element as its object (resourcePropertyElt).
    mutating func objectNodeElement() throws {
        let top = stack.count - 1
        if stack[top].object != nil {
            throw parser.error("a property element can contain only one node element")
        }
        if !Self.isWhitespace(text.utf8) {
            throw parser.error("a property element cannot contain both text and a node element")
        }
        if stack[top].resource != nil || stack[top].datatype != nil || stack[top].extras?.nodeID != nil
            || !(stack[top].extras?.propertyAttributes.isEmpty ?? true) {
            throw parser.error("a property element with a node element cannot have rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
        }
        if !text.isEmpty { text = "" }
    }

    /// A property element's end: a literal (section 7.2.16) or an empty property (7.2.21). The
    /// frame is consumed, so that its subject and predicate move into the quad.
    mutating func finishProperty(_ frame: consuming Frame) throws {
        if frame.object != nil { return }
        let reification = frame.extras?.reification
        let nodeID = frame.extras?.nodeID
        let properties = frame.extras?.propertyAttributes ?? []
        let language = scopes[Int(frame.scope)].language
        if !text.isEmpty || frame.datatype != nil {
            if frame.resource != nil || nodeID != nil || !properties.isEmpty {
                throw parser.error("a property element with text cannot have rdf:resource, rdf:nodeID or property attributes")
            }
            var value = ""
            swap(&value, &text)  // the text moves into the literal (the next property starts empty)
            let object: Term = frame.datatype.map { .typed(value, $0) } ?? literal(value, language: language)
            try emit(frame.subject, frame.predicate, object, reification: reification)
            return
        }
        let object: Term
        if let resource = frame.resource { object = .iri(resource) }
        else if let nodeID { object = try blankNode(nodeID: nodeID) }
        else if !properties.isEmpty { object = freshBlankNode() }
        else {
            try emit(frame.subject, frame.predicate, literal("", language: language), reification: reification)
            return
        }
        try emit(frame.subject, frame.predicate, object, reification: reification)
        for (attribute, value) in properties {
            if attribute.role == .type { try emit(object, names.iri(attribute), .iri(value)) }
            else { try emit(object, names.iri(attribute), literal(value, language: language)) }
        }
    }

    /// `rdf:_n` for the n-th `rdf:li`.
    mutating func liPredicate(_ n: Int) -> String {
        while liPredicates.count <= n && liPredicates.count < 1024 {
            liPredicates.append(RDFVocabulary.namespace + "_" + String(liPredicates.count))
        }
        return n < liPredicates.count ? liPredicates[n] : RDFVocabulary.namespace + "_" + String(n)
    }
}
