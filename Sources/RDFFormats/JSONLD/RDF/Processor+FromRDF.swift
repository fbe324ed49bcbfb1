import RDF

extension Processor {
    /// A place where a node is used as an object: (subject, property, value) in one graph.
    struct Usage {
        var graph: String
        var subject: String
        var property: String
        var value: JSONValue
    }

    /// A node being built from triples: values per property, in arrival order.
    struct NodeBuilder {
        var id: String
        var types: [JSONValue] = []
        var properties: [String: [JSONValue]] = [:]

        var isOnlyID: Bool { types.isEmpty && properties.isEmpty }

        var object: JSONObject {
            var o = JSONObject([("@id", .string(id))])
            if !types.isEmpty { o["@type"] = .array(types) }
            for p in properties.keys.sorted() { o[p] = .array(properties[p] ?? []) }
            return o
        }
    }

    /// Serialize RDF as JSON-LD (JSON-LD 1.1 API, section 8.4.2).
    func fromRDF(_ quads: [Quad]) throws -> JSONValue {
        var graphs: [String: [String: NodeBuilder]] = ["@default": [:]]
        var referencedOnce: [String: Usage?] = [:]
        var nilUsages: [String: [Usage]] = [:]
        var compound: [String: Set<String>] = [:]
        var seen = Set<Quad>()
        for quad in quads where seen.insert(quad).inserted {
            let name = quad.graph.map(Self.idString) ?? "@default"
            if name != "@default", graphs["@default", default: [:]][name] == nil {
                graphs["@default", default: [:]][name] = NodeBuilder(id: name)
            }
            let subject = Self.idString(quad.subject)
            let predicate = Self.idString(quad.predicate)
            if graphs[name, default: [:]][subject] == nil { graphs[name, default: [:]][subject] = NodeBuilder(id: subject) }
            if options.rdfDirection == "compound-literal" && predicate == RDFVocabulary.namespace + "direction" {
                compound[name, default: []].insert(subject)
            }
            let objectIsNode = !quad.object.isLiteral
            if objectIsNode {
                let oid = Self.idString(quad.object)
                if graphs[name, default: [:]][oid] == nil { graphs[name, default: [:]][oid] = NodeBuilder(id: oid) }
            }
            if predicate == RDFVocabulary.type && !options.useRdfType && objectIsNode {
                let t = JSONValue.string(Self.idString(quad.object))
                graphs[name, default: [:]][subject]?.types.append(t)
                continue
            }
            let value = try rdfToObject(quad.object)
            if options.useNativeTypes, graphs[name]?[subject]?.properties[predicate]?.contains(value) == true { continue }
            graphs[name, default: [:]][subject]?.properties[predicate, default: []].append(value)
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
        for name in Array(graphs.keys) {
            guard var graph = graphs.removeValue(forKey: name) else { continue }
            for cl in compound[name] ?? [] {
                guard case .some(.some(let usage)) = referencedOnce[cl], let clNode = graph.removeValue(forKey: cl) else { continue }
                try replaceCompoundLiteral(&graph, usage, clNode)
            }
            for usage in nilUsages[name] ?? [] {
                convertList(&graph, usage, referencedOnce)
            }
            graphs[name] = graph
        }
        var result: [JSONValue] = []
        let defaultGraph = graphs["@default"] ?? [:]
        for subject in defaultGraph.keys.sorted() {
            guard let builder = defaultGraph[subject] else { continue }
            var node = builder.object
            if let graph = graphs[subject], subject != "@default" {
                var members: [JSONValue] = []
                for s in graph.keys.sorted() {
                    guard let n = graph[s], !n.isOnlyID else { continue }
                    members.append(.object(n.object))
                }
                node["@graph"] = .array(members)
            }
            if !Self.hasOnlyID(node) { result.append(.object(node)) }
        }
        return .array(result)
    }

    /// Step 6.4: turns a well-formed rdf:first/rdf:rest chain ending at `usage` into a list object.
    private func convertList(_ graph: inout [String: NodeBuilder], _ start: Usage, _ once: [String: Usage?]) {
        var usage = start
        var list: [JSONValue] = []
        var listNodes: [String] = []
        while usage.property == RDFVocabulary.rest, Keywords.isBlankNodeID(usage.subject),
              case .some(.some(let next)) = once[usage.subject], next.graph == start.graph,
              let node = graph[usage.subject],
              let first = node.properties[RDFVocabulary.first], first.count == 1,
              let rest = node.properties[RDFVocabulary.rest], rest.count == 1,
              node.properties.count == 2,
              node.types.isEmpty || node.types == [.string(RDFVocabulary.List)] {
            list.append(first[0])
            listNodes.append(usage.subject)
            usage = next
            if !Keywords.isBlankNodeID(usage.subject) { break }
        }
        guard let values = graph[usage.subject]?.properties[usage.property],
              let i = values.firstIndex(of: usage.value) else { return }
        graph[usage.subject]?.properties[usage.property]?[i] = .object(JSONObject([("@list", .array(list.reversed()))]))
        for id in listNodes where id != usage.subject { graph[id] = nil }
    }

    private func replaceCompoundLiteral(_ graph: inout [String: NodeBuilder], _ usage: Usage, _ clNodeBuilder: NodeBuilder) throws {
        let clNode = clNodeBuilder.object
        guard var owner = graph[usage.subject], var values = owner.properties[usage.property] else { return }
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
        owner.properties[usage.property] = values
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
