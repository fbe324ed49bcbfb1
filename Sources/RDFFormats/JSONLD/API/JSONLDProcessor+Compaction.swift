import RDF

extension JSONLDProcessor {
    /// Compacts a document with `context` (a context, or a document with a `@context` entry).
    public func compact(_ input: JSONValue, context: JSONValue, options: JSONLDOptions = JSONLDOptions()) throws -> JSONValue {
        let processor = Processor(options: options)
        let expanded = try processor.expandDocument(input, documentURL: nil)
        return try processor.compactDocument(expanded, context: context, documentURL: nil)
    }

    public func compact(_ document: JSONLDRemoteDocument, context: JSONValue,
                        options: JSONLDOptions = JSONLDOptions()) throws -> JSONValue {
        let processor = Processor(options: options)
        let expanded = try processor.expandDocument(document.document, documentURL: document.documentURL,
                                                    contextURL: document.contextURL)
        return try processor.compactDocument(expanded, context: context, documentURL: document.documentURL)
    }

    /// Flattens a document, compacting the result when a context is given.
    public func flatten(_ input: JSONValue, context: JSONValue? = nil, options: JSONLDOptions = JSONLDOptions()) throws -> JSONValue {
        let processor = Processor(options: options)
        let expanded = try processor.expandDocument(input, documentURL: nil)
        return try processor.flattenDocument(expanded, context: context, documentURL: nil)
    }

    public func flatten(_ document: JSONLDRemoteDocument, context: JSONValue? = nil,
                        options: JSONLDOptions = JSONLDOptions()) throws -> JSONValue {
        let processor = Processor(options: options)
        let expanded = try processor.expandDocument(document.document, documentURL: document.documentURL,
                                                    contextURL: document.contextURL)
        return try processor.flattenDocument(expanded, context: context, documentURL: document.documentURL)
    }

    /// Serializes quads as expanded JSON-LD (the `fromRdf()` method).
    public func fromRDF(_ quads: [Quad], options: JSONLDOptions = JSONLDOptions()) throws -> JSONValue {
        try Processor(options: options).fromRDF(quads)
    }
}

extension Processor {
    func compactDocument(_ expanded: JSONValue, context contextIn: JSONValue, documentURL: String?,
                         forceGraph: Bool = false) throws -> JSONValue {
        var context = contextIn
        if case .object(let o) = contextIn, let inner = o["@context"] { context = inner }
        let base = options.base ?? (options.compactToRelative ? documentURL : nil)
        let active = try processContext(initialContext(base: base), context, baseURL: base)
        var compacted = try compact(active, nil, expanded) ?? .array([])
        let graphKey = try compactIRI(active, "@graph", vocab: true)
        if case .array(let items) = compacted {
            compacted = items.isEmpty && !forceGraph ? .object(JSONObject()) : .object(JSONObject([(graphKey, compacted)]))
        } else if forceGraph, case .object(let o) = compacted, !o.contains(graphKey) {
            compacted = .object(JSONObject([(graphKey, .array([compacted]))]))
        }
        guard case .object(var result) = compacted else { return compacted }
        if !Self.isEmptyContext(context) {
            var withContext = JSONObject([("@context", context)])
            for (k, v) in result { withContext[k] = v }
            result = withContext
        }
        return .object(result)
    }

    func flattenDocument(_ expanded: JSONValue, context: JSONValue?, documentURL: String?) throws -> JSONValue {
        let flattened = try flatten(expanded: expanded)
        guard let context, !context.isNull else { return flattened }
        return try compactDocument(flattened, context: context, documentURL: documentURL, forceGraph: true)
    }

    static func isEmptyContext(_ c: JSONValue) -> Bool {
        switch c {
        case .null: return true
        case .object(let o): return o.isEmpty
        case .array(let a): return a.isEmpty
        default: return false
        }
    }
}
