/// The active context of the JSON-LD algorithms: term definitions, base IRI, vocabulary mapping,
/// default language and direction, and the context to fall back to when a context does not propagate.
struct ActiveContext {
    var terms: [String: TermDefinition] = [:]
    /// The base IRI (nil once set to null).
    var base: String?
    /// The base IRI the context was created with, restored by a null context.
    var originalBase: String?
    var vocab: String?
    var defaultLanguage: String?
    var defaultDirection: String?
    var previousContext: Box?
    /// Identifies this context value for the processor's context cache (0 for an initial context).
    var uid = 0
    /// The processing mode ("json-ld-1.1" or "json-ld-1.0").
    var processingMode: String
    /// Lazily built inverse context, shared by copies until the context changes.
    var inverseCache = InverseCache()

    final class Box {
        let context: ActiveContext
        init(_ context: ActiveContext) { self.context = context }
    }

    final class InverseCache {
        var value: InverseContext?
    }

    init(base: String?, processingMode: String) {
        self.base = base
        self.originalBase = base
        self.processingMode = processingMode
    }

    var isJSONLD10: Bool { processingMode == "json-ld-1.0" }

    var previous: ActiveContext? { previousContext?.context }

    subscript(term: String) -> TermDefinition? { terms[term] }

    var hasProtectedTerms: Bool { terms.values.contains { $0.protected } }

    /// The inverse context (section 4.3), built once per context value.
    var inverse: InverseContext {
        if let v = inverseCache.value { return v }
        let v = InverseContext(self)
        inverseCache.value = v
        return v
    }
}
