import RDF

extension Processor {
    static let i18nNamespace = "https://www.w3.org/ns/i18n#"

    /// Deserialize JSON-LD to RDF (JSON-LD 1.1 API, section 8.1.2) from an expanded document.
    func toRDF(expanded: JSONValue) throws -> [Quad] {
        var map = NodeMap()
        var none: [JSONValue]? = nil
        try generateNodeMap(expanded, &map, list: &none)
        var quads: [Quad] = []
        try emitRDF(map) { quads.append($0) }
        return quads
    }

    /// The quads of a node map, graph by graph and node by node in lexicographic order.
    func emitRDF(_ map: NodeMap, _ handler: (Quad) throws -> Void) throws {
        for graphName in map.graphs.keys.sorted() {
            let graphTerm: Term?
            if graphName == "@default" { graphTerm = nil } else {
                guard let t = resourceTerm(graphName) else { continue }
                graphTerm = t
            }
            guard let graph = map.graphs[graphName] else { continue }
            for subjectID in graph.keys.sorted() {
                guard let node = graph[subjectID], let subject = resourceTerm(subjectID) else { continue }
                for case .string(let t) in node.types {
                    if let type = resourceTerm(t) {
                        try handler(Quad(subject, .iri(RDFVocabulary.type), type, graph: graphTerm))
                    }
                }
                for property in node.properties.keys.sorted() {
                    guard let values = node.properties[property] else { continue }
                    if Keywords.isKeyword(property) { continue }
                    if Keywords.isBlankNodeID(property) && !options.produceGeneralizedRdf { continue }
                    guard let predicate = resourceTerm(property) else { continue }
                    for item in values {
                        var listTriples: [Triple] = []
                        if let object = try objectToRDF(item, &listTriples) {
                            try handler(Quad(subject, predicate, object, graph: graphTerm))
                        }
                        for triple in listTriples { try handler(Quad(triple, graph: graphTerm)) }
                    }
                }
            }
        }
    }

    /// An IRI or blank node term for a well-formed identifier, nil for relative or invalid IRIs.
    func resourceTerm(_ id: String) -> Term? {
        if Keywords.isBlankNodeID(id) { return .blankNode(String(id.dropFirst(2))) }
        if IRI.validationError(id) != nil { return nil }
        var hashes = 0
        for b in id.utf8 where b == 0x23 { hashes += 1 }
        if hashes > 1 { return nil }
        return .iri(id)
    }

    /// Object to RDF Conversion (section 8.2.2).
    func objectToRDF(_ item: JSONValue, _ listTriples: inout [Triple]) throws -> Term? {
        guard case .object(let o) = item else { return nil }
        if let list = o["@list"] { return try listToRDF(list.asArray, &listTriples) }
        guard o.contains("@value") else {
            guard case .string(let id)? = o["@id"] else { return nil }
            return resourceTerm(id)
        }
        var value = o["@value"] ?? .null
        var datatype = o["@type"]?.stringValue
        if let d = datatype, d != "@json", resourceTerm(d) == nil || Keywords.isBlankNodeID(d) { return nil }
        let language = o["@language"]?.stringValue
        if let language, !Self.isWellFormedLanguageTag(language) { return nil }
        if datatype == "@json" {
            datatype = RDFVocabulary.JSON
            value = .string(JSONWriter.canonical(value))
        }
        guard let lexical = Self.lexicalForm(value, datatype: &datatype, language: language) else { return nil }
        if case .string(let direction)? = o["@direction"], let mode = options.rdfDirection {
            let lang = (language ?? "").lowercased()
            if mode == "i18n-datatype" {
                return .literal(Literal(lexical, datatype: Self.i18nNamespace + lang + "_" + direction))
            }
            if mode == "compound-literal" {
                let node = Term.blankNode(String(blankNodes.issue().dropFirst(2)))
                listTriples.append(Triple(node, .iri(RDFVocabulary.value), .string(lexical)))
                if let language {
                    listTriples.append(Triple(node, .iri(RDFVocabulary.namespace + "language"), .string(language.lowercased())))
                }
                listTriples.append(Triple(node, .iri(RDFVocabulary.namespace + "direction"), .string(direction)))
                return node
            }
        }
        if let language, datatype == RDFVocabulary.langString { return .literal(Literal(lexical, language: language)) }
        return .literal(Literal(lexical, datatype: datatype ?? XSD.string))
    }

    /// The lexical form of a scalar `@value`, and its datatype when none is given (nil for non-scalars).
    static func lexicalForm(_ value: JSONValue, datatype: inout String?, language: String?) -> String? {
        switch value {
        case .bool(let b):
            if datatype == nil { datatype = XSD.boolean }
            return b ? "true" : "false"
        case .number(let n):
            if !n.isIntegral || abs(n.doubleValue) >= 1e21 || datatype == XSD.double {
                if datatype == nil { datatype = XSD.double }
                return NumberFormatting.xsdDouble(n.doubleValue)
            }
            if datatype == nil { datatype = XSD.integer }
            switch n {
            case .integer(let i): return String(i)
            case .double(let d): return NumberFormatting.ecmaScript(d)
            }
        case .string(let s):
            if datatype == nil { datatype = language != nil ? RDFVocabulary.langString : XSD.string }
            return s
        default:
            return nil
        }
    }

    /// The literal of a scalar value without base direction, once `datatype` (not `@json`) and
    /// `language` have passed the checks of Object to RDF Conversion.
    static func scalarLiteral(_ value: JSONValue, datatype: String?, language: String?) -> Term? {
        var datatype = datatype
        guard let lexical = lexicalForm(value, datatype: &datatype, language: language) else { return nil }
        if let language, datatype == RDFVocabulary.langString { return .literal(Literal(lexical, language: language)) }
        return .literal(Literal(lexical, datatype: datatype ?? XSD.string))
    }

    /// List to RDF Conversion (section 8.3.2).
    func listToRDF(_ items: [JSONValue], _ listTriples: inout [Triple]) throws -> Term {
        if items.isEmpty { return .iri(RDFVocabulary.nil) }
        let nodes = items.map { _ in Term.blankNode(String(blankNodes.issue().dropFirst(2))) }
        for (i, item) in items.enumerated() {
            var embedded: [Triple] = []
            if let object = try objectToRDF(item, &embedded) {
                listTriples.append(Triple(nodes[i], .iri(RDFVocabulary.first), object))
            }
            let rest: Term = i + 1 < nodes.count ? nodes[i + 1] : .iri(RDFVocabulary.nil)
            listTriples.append(Triple(nodes[i], .iri(RDFVocabulary.rest), rest))
            listTriples.append(contentsOf: embedded)
        }
        return nodes[0]
    }

    /// BCP 47 well-formedness, loosely: alphanumeric subtags of 1–8 characters, the first alphabetic.
    static func isWellFormedLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, first.count <= 8,
              first.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) else { return false }
        return parts.dropFirst().allSatisfy { p in
            !p.isEmpty && p.count <= 8 && p.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }
}
