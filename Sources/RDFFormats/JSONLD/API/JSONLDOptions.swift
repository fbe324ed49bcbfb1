/// Options of the JSON-LD API (`JsonLdOptions`).
public struct JSONLDOptions: Sendable {
    /// The base IRI of the document (defaults to the document's own IRI when loaded).
    public var base: String?
    public var compactArrays = true
    public var compactToRelative = true
    /// A context applied before the document's own (a context document IRI or an object).
    public var expandContext: JSONValue?
    /// "json-ld-1.1" (default) or "json-ld-1.0".
    public var processingMode = "json-ld-1.1"
    public var produceGeneralizedRdf = false
    /// nil (default), "i18n-datatype" or "compound-literal".
    public var rdfDirection: String?
    public var useNativeTypes = false
    public var useRdfType = false
    public var ordered = false
    /// Resolves remote documents and contexts; the default one knows no remote IRI.
    public var documentLoader: any JSONLDDocumentLoading = JSONLDDocumentLoader()

    public init(base: String? = nil, documentLoader: any JSONLDDocumentLoading = JSONLDDocumentLoader()) {
        self.base = base
        self.documentLoader = documentLoader
    }

    var isJSONLD10: Bool { processingMode == "json-ld-1.0" }
}
