import RDF

extension Processor {
    /// A place where a node is used as an object: (subject, property, value) in one graph.
    struct Usage {
        var graph: String
        var subject: String
        var property: String
        var value: JSONValue
    }

    /// Serialize RDF as JSON-LD (JSON-LD 1.1 API, section 8.4.2).
    func fromRDF(_ quads: [Quad]) throws -> JSONValue {
        var graphs: [String: [String: JSONObject]] = ["@default": [:]]
        var referencedOnce: [String: Usage?] = [:]
        var nilUsages: [String: [Usage]] = [:]
        var compound: [String: Set<String>] = [:]
        for quad in quads {
            let name = quad.graph.map(Self.idString) ?? "@default"
            if graphs[name] == nil { graphs[name] = [:] }
            if name != "@default", graphs["@default"]?[name] == nil {
                graphs["@default"]?[name] = JSONObject([("@id", .string(name))])
            }
            let subject = Self.idString(quad.subject)
            let predicate = Self.idString(quad.predicate)
            var nodes = graphs[name] ?? [:]
            var node = nodes[subject] ?? JSONObject([("@id", .string(subject))])
            if options.rdfDirection == "compound-literal" && predicate == RDFVocabulary.namespace + "direction" {
                compound[name, default: []].insert(subject)
            }
            let objectIsNode = !quad.object.isLiteral
            if objectIsNode {
                let oid = Self.idString(quad.object)
                if nodes[oid] == nil && oid != subject { nodes[oid] = JSONObject([("@id", .string(oid))]) }
            }
            if predicate == RDFVocabulary.type && !options.useRdfType && objectIsNode {
                var types = node["@type"]?.asArray ?? []
                let t = JSONValue.string(Self.idString(quad.object))
                if !types.contains(t) { types.append(t) }
                node["@type"] = .array(types)
                nodes[subject] = node
                graphs[name] = nodes
                continue
            }
            let value = try rdfToObject(quad.object)
            var values = node[predicate]?.asArray ?? []
            if !values.contains(value) { values.append(value) }
            node[predicate] = .array(values)
            nodes[subject] = node
            graphs[name] = nodes
            if case .iri(let o) = quad.object, o == RDFVocabulary.nil {
                nilUsages[name, default: []].append(Usage(graph: name, subject: subject, property: predicate, value: value))
            } else if case .blankNode = quad.object {
                let oid = Self.idString(quad.object)
                if referencedOnce[oid] != nil {
                    referencedOnce[oid] = .some(nil)
                } else {
                    referencedOnce[oid] = .some(Usage(graph: name, subject: subject, property: predicate, value: value))
                }
            }
        }
        for name in graphs.keys {
            guard var graph = graphs[name] else { continue }
            let once = referencedOnce
            for cl in compound[name] ?? [] {
                guard case .some(.some(let usage)) = once[cl], let clNode = graph.removeValue(forKey: cl) else { continue }
                try replaceCompoundLiteral(&graph, usage, clNode)
            }
            for usage in nilUsages[name] ?? [] {
                convertList(&graph, usage, once)
            }
            graphs[name] = graph
        }
        var result: [JSONValue] = []
        let defaultGraph = graphs["@default"] ?? [:]
        for subject in defaultGraph.keys.sorted() {
            guard var node = defaultGraph[subject] else { continue }
            if let graph = graphs[subject], subject != "@default" {
                var members: [JSONValue] = []
                for s in graph.keys.sorted() {
                    guard let n = graph[s], !Self.hasOnlyID(n) else { continue }
                    members.append(.object(n))
                }
                node["@graph"] = .array(members)
            }
            if !Self.hasOnlyID(node) { result.append(.object(node)) }
        }
        return .array(result)
    }

    /// Step 6.4: turns a well-formed rdf:first/rdf:rest chain ending at `usage` into a list object.
    private func convertList(_ graph: inout [String: JSONObject], _ start: Usage, _ once: [String: Usage?]) {
        var usage = start
        var list: [JSONValue] = []
        var listNodes: [String] = []
        while usage.property == RDFVocabulary.rest, Keywords.isBlankNodeID(usage.subject),
              case .some(.some(let next)) = once[usage.subject], next.graph == start.graph,
              let node = graph[usage.subject],
              case .array(let first)? = node[RDFVocabulary.first], first.count == 1,
              case .array(let rest)? = node[RDFVocabulary.rest], rest.count == 1,
              node.keys.allSatisfy({ [RDFVocabulary.first, RDFVocabulary.rest, "@id", "@type"].contains($0) }),
              node["@type"] == nil || node["@type"] == .array([.string(RDFVocabulary.List)]) {
            list.append(first[0])
            listNodes.append(usage.subject)
            usage = next
            if !Keywords.isBlankNodeID(usage.subject) { break }
        }
        guard var owner = graph[usage.subject], case .array(var values)? = owner[usage.property],
              let i = values.firstIndex(of: usage.value) else { return }
        values[i] = .object(JSONObject([("@list", .array(list.reversed()))]))
        owner[usage.property] = .array(values)
        graph[usage.subject] = owner
        for id in listNodes where id != usage.subject { graph[id] = nil }
    }

    private func replaceCompoundLiteral(_ graph: inout [String: JSONObject], _ usage: Usage, _ clNode: JSONObject) throws {
        guard var owner = graph[usage.subject], case .array(var values)? = owner[usage.property] else { return }
        for (i, v) in values.enumerated() where v == usage.value {
            var literal = JSONObject()
            literal["@value"] = clNode[RDFVocabulary.value]?.asArray.first?["@value"] ?? .null
            if let l = clNode[RDFVocabulary.namespace + "language"]?.asArray.first?["@value"]?.stringValue {
                guard Self.isWellFormedLanguageTag(l) else { throw JSONLDError(.invalidLanguageTaggedString, l) }
                literal["@language"] = .string(l)
            }
            if let d = clNode[RDFVocabulary.namespace + "direction"]?.asArray.first?["@value"]?.stringValue {
                guard d == "ltr" || d == "rtl" else { throw JSONLDError(.invalidBaseDirection, d) }
                literal["@direction"] = .string(d)
            }
            values[i] = .object(literal)
        }
        owner[usage.property] = .array(values)
        graph[usage.subject] = owner
    }

    static func idString(_ t: Term) -> String {
        switch t {
        case .iri(let v): return v
        case .blankNode(let b): return "_:" + b
        case .literal(let l): return l.lexicalForm
        }
    }

    /// RDF to Object Conversion (section 8.5.2).
    func rdfToObject(_ term: Term) throws -> JSONValue {
        guard case .literal(let literal) = term else {
            return .object(JSONObject([("@id", .string(Self.idString(term)))]))
        }
        var result = JSONObject()
        var converted = JSONValue.string(literal.lexicalForm)
        var type: String?
        let lex = literal.lexicalForm
        if options.useNativeTypes && literal.datatype == XSD.string && literal.language == nil {
            // plain string
        } else if options.useNativeTypes && literal.datatype == XSD.boolean {
            if lex == "true" || lex == "1" { converted = .bool(true) } else if lex == "false" || lex == "0" { converted = .bool(false) }
            else { type = XSD.boolean }
        } else if options.useNativeTypes && literal.datatype == XSD.integer, Self.isIntegerLexical(lex), let i = Int(lex) {
            converted = .int(i)
        } else if options.useNativeTypes && literal.datatype == XSD.double, Self.isDoubleLexical(lex), let d = Double(lex) {
            converted = .double(d)
        } else if options.useNativeTypes && (literal.datatype == XSD.integer || literal.datatype == XSD.double) {
            type = literal.datatype
        } else if options.rdfDirection == "i18n-datatype", literal.datatype.hasPrefix(Self.i18nNamespace) {
            let suffix = literal.datatype.dropFirst(Self.i18nNamespace.count)
            let parts = suffix.split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false)
            if let l = parts.first, !l.isEmpty { result["@language"] = .string(String(l)) }
            if parts.count > 1, !parts[1].isEmpty { result["@direction"] = .string(String(parts[1])) }
        } else if let language = literal.language {
            result["@language"] = .string(language)
        } else if literal.datatype == RDFVocabulary.JSON && !options.isJSONLD10 {
            do { converted = try JSONParser().parse(lex) } catch {
                throw JSONLDError(.invalidJSONLiteral, "\(error)")
            }
            type = "@json"
        } else if literal.datatype != XSD.string {
            type = literal.datatype
        }
        result["@value"] = converted
        if let type { result["@type"] = .string(type) }
        return .object(result)
    }

    static func isIntegerLexical(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "+" || u.first == "-" { u = u.dropFirst() }
        return !u.isEmpty && u.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isDoubleLexical(_ s: String) -> Bool {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return false }
        return Double(s)?.isFinite ?? false
    }
}
