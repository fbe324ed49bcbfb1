import RDF

/// Writes RDF quads as JSON-LD: expanded form by default, compacted with `context` when given.
/// Output is pretty-printed with sorted keys, so the same dataset always gives the same text.
public struct JSONLDSerializer {
    public var context: JSONValue?
    public var options: JSONLDOptions

    public init(context: JSONValue? = nil, options: JSONLDOptions = JSONLDOptions()) {
        self.context = context
        self.options = options
    }

    /// A serializer whose context (for example `.string(JSONLDDocumentLoader.projectContextIRI)`)
    /// is resolved through `loader`.
    public init(context: JSONValue?, loader: any JSONLDDocumentLoading) {
        self.init(context: context, options: JSONLDOptions(documentLoader: loader))
    }

    /// The JSON-LD document for `quads`, as a JSON value.
    public func document(_ quads: [Quad]) throws -> JSONValue {
        let processor = Processor(options: options)
        let expanded = try processor.fromRDF(quads)
        guard let context, !Processor.isEmptyContext(context) else { return expanded }
        return try processor.compactDocument(expanded, context: context, documentURL: nil)
    }

    public func serialize(_ quads: [Quad]) throws -> String {
        JSONWriter.write(try document(quads)) + "\n"
    }

    public func write(_ quads: [Quad], to out: inout some TextOutputStream) throws {
        out.write(try serialize(quads))
    }
}
