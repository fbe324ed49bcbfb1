import RDF

extension Processor {
    /// IRI Expansion (JSON-LD 1.1 API, section 5.2) against a fixed active context.
    func expandIRI(_ context: ActiveContext, _ value: String, documentRelative: Bool = false,
                   vocab: Bool = false) throws -> String? {
        var ctx = context
        var defined: [String: Bool] = [:]
        return try expandIRI(&ctx, value, documentRelative: documentRelative, vocab: vocab,
                             localContext: nil, defined: &defined, state: TermCreationState(baseURL: nil))
    }

    /// IRI Expansion while a local context is being processed: terms of `localContext` that are
    /// needed are defined on the way.
    func expandIRI(_ context: inout ActiveContext, _ value: String, documentRelative: Bool = false, vocab: Bool = false,
                   localContext: JSONObject?, defined: inout [String: Bool], state: TermCreationState) throws -> String? {
        if Keywords.isKeyword(value) { return value }
        if Keywords.hasKeywordForm(value) { return nil }
        if let local = localContext, local.contains(value), defined[value] != true {
            try createTermDefinition(&context, local, value, &defined, state: state)
        }
        if let def = context.terms[value] {
            if let iri = def.iri, Keywords.isKeyword(iri) { return iri }
            if vocab { return def.iri }
        }
        if let colon = value.dropFirst().firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let local = localContext, local.contains(prefix), defined[prefix] != true {
                try createTermDefinition(&context, local, prefix, &defined, state: state)
            }
            if let def = context.terms[prefix], let iri = def.iri, def.prefix {
                return iri + suffix
            }
            if IRI.isAbsolute(value) { return value }
        }
        if vocab, let v = context.vocab { return v + value }
        if documentRelative {
            if let base = context.base { return IRI.resolve(value, against: base) }
            return value
        }
        return value
    }
}

/// The parameters of Create Term Definition that stay the same while one local context is processed.
struct TermCreationState {
    var baseURL: String?
    var overrideProtected = false
    var remoteContexts: [String] = []
    var validateScopedContext = true
}
