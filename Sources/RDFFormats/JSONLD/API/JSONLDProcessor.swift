import RDF

/// The JSON-LD 1.1 API: expansion, compaction, flattening, and conversion to and from RDF.
public struct JSONLDProcessor: Sendable {
    public init() {}

    /// Loads a document through the options' document loader (input given by IRI).
    /// Documents whose media type is neither JSON nor `+json` are rejected (`loading document failed`).
    public func load(_ url: String, options: JSONLDOptions = JSONLDOptions()) throws -> JSONLDRemoteDocument {
        let document: JSONLDRemoteDocument
        do { document = try options.documentLoader.load(url) } catch let e as JSONLDError {
            if e.code == .multipleContextLinkHeaders { throw e }
            throw JSONLDError(.loadingDocumentFailed, e.message)
        }
        if let type = document.contentType, !Self.isJSONMediaType(type) {
            throw JSONLDError(.loadingDocumentFailed, "<\(url)> is \(type), not JSON")
        }
        return document
    }

    /// True for application/json, application/ld+json and any other `+json` media type.
    public static func isJSONMediaType(_ type: String) -> Bool {
        let base = type.split(separator: ";").first.map { $0.trimmingCharacters(in: " ").lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }

    /// Expands a JSON-LD document (the `expand()` method).
    public func expand(_ input: JSONValue, options: JSONLDOptions = JSONLDOptions()) throws -> JSONValue {
        let processor = Processor(options: options)
        return try processor.expandDocument(input, documentURL: nil)
    }

    /// Expands a loaded document, using its IRI as the base unless the options give one.
    public func expand(_ document: JSONLDRemoteDocument, options: JSONLDOptions = JSONLDOptions()) throws -> JSONValue {
        let processor = Processor(options: options)
        return try processor.expandDocument(document.document, documentURL: document.documentURL,
                                            contextURL: document.contextURL)
    }

    /// Converts a JSON-LD document to RDF quads (the `toRdf()` method).
    public func toRDF(_ input: JSONValue, options: JSONLDOptions = JSONLDOptions()) throws -> [Quad] {
        let processor = Processor(options: options)
        let expanded = try processor.expandDocument(input, documentURL: nil)
        return try processor.toRDF(expanded: expanded)
    }

    public func toRDF(_ document: JSONLDRemoteDocument, options: JSONLDOptions = JSONLDOptions()) throws -> [Quad] {
        let processor = Processor(options: options)
        let expanded = try processor.expandDocument(document.document, documentURL: document.documentURL,
                                                    contextURL: document.contextURL)
        return try processor.toRDF(expanded: expanded)
    }
}

extension Processor {
    /// The `expand()` API steps around the Expansion algorithm.
    func expandDocument(_ input: JSONValue, documentURL: String?, contextURL: String? = nil) throws -> JSONValue {
        let base = options.base ?? documentURL
        var active = initialContext(base: base)
        if let expandContext = options.expandContext {
            var ctx = expandContext
            if case .object(let o) = expandContext, let inner = o["@context"] { ctx = inner }
            active = try processContext(active, ctx, baseURL: base)
        }
        if let contextURL {
            active = try processContext(active, .string(contextURL), baseURL: contextURL)
        }
        var expanded = try expand(active, nil, input, baseURL: documentURL ?? base) ?? .array([])
        if case .object(let o) = expanded, o.count == 1, let graph = o["@graph"] { expanded = graph }
        return .array(expanded.asArray)
    }
}
