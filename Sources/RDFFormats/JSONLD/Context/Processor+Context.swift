import RDF

extension Processor {
    /// The Context Processing algorithm (JSON-LD 1.1 API, section 4.1.2).
    func processContext(_ activeContext: ActiveContext, _ localContext: JSONValue, baseURL: String?,
                        remoteContexts: [String] = [], overrideProtected: Bool = false,
                        propagate: Bool = true, validateScopedContext: Bool = true) throws -> ActiveContext {
        // Scoped contexts are applied again for every node that uses them: remember the results.
        let key = ContextCacheKey(active: activeContext.uid, local: localContext, baseURL: baseURL,
                                  remoteContexts: remoteContexts, overrideProtected: overrideProtected,
                                  propagate: propagate, validateScopedContext: validateScopedContext)
        if let cached = processedContexts[key] { return cached }
        var result = try processContextUncached(activeContext, localContext, baseURL: baseURL,
                                                remoteContexts: remoteContexts, overrideProtected: overrideProtected,
                                                propagate: propagate, validateScopedContext: validateScopedContext)
        result.uid = freshContextID()
        if processedContexts.count < 4096 { processedContexts[key] = result }
        return result
    }

    func freshContextID() -> Int {
        nextContextID += 1
        return nextContextID
    }

    /// Context processing without the cache (used directly to validate scoped contexts while a
    /// context is still being built).
    func processContextUncached(_ activeContext: ActiveContext, _ localContext: JSONValue, baseURL: String?,
                                        remoteContexts: [String], overrideProtected: Bool,
                                        propagate propagateIn: Bool, validateScopedContext: Bool) throws -> ActiveContext {
        var result = activeContext
        result.inverseCache = ActiveContext.InverseCache()
        var propagate = propagateIn
        if case .object(let o) = localContext, let p = o["@propagate"] {
            guard case .bool(let b) = p else { throw JSONLDError(.invalidPropagateValue, "@propagate must be a boolean") }
            propagate = b
        }
        if !propagate && result.previousContext == nil {
            result.previousContext = ActiveContext.Box(activeContext)
        }
        var remoteContexts = remoteContexts
        for context in localContext.asArray {
            result.uid = freshContextID()   // `result` changes from here on
            switch context {
            case .null:
                if !overrideProtected && result.hasProtectedTerms {
                    throw JSONLDError(.invalidContextNullification, "cannot nullify a context with protected terms")
                }
                let previous = result
                result = ActiveContext(base: result.originalBase, processingMode: result.processingMode)
                result.originalBase = previous.originalBase
                if !propagate { result.previousContext = ActiveContext.Box(previous) }
                continue
            case .string(let ref):
                let url = IRI.resolve(ref, against: baseURL)
                guard IRI.isAbsolute(url) else {
                    throw JSONLDError(.loadingDocumentFailed, "cannot resolve context <\(ref)> without a base IRI")
                }
                if !validateScopedContext && remoteContexts.contains(url) { continue }
                if remoteContexts.contains(url) && isRecursionError {
                    throw JSONLDError(.recursiveContextInclusion, "<\(url)>")
                }
                if remoteContexts.count >= maxRemoteContexts {
                    throw JSONLDError(.contextOverflow, "too many nested remote contexts at <\(url)>")
                }
                remoteContexts.append(url)
                let document = try loadContextDocument(url)
                guard case .object(let top) = document.document, let loaded = top["@context"] else {
                    throw JSONLDError(.invalidRemoteContext, "<\(url)> has no @context entry")
                }
                result = try processContext(result, loaded, baseURL: document.documentURL, remoteContexts: remoteContexts,
                                            overrideProtected: overrideProtected,
                                            validateScopedContext: validateScopedContext)
                continue
            case .object(var ctx):
                try processContextObject(&result, &ctx, baseURL: baseURL, remoteContexts: remoteContexts,
                                         overrideProtected: overrideProtected, validateScopedContext: validateScopedContext)
            default:
                throw JSONLDError(.invalidLocalContext, "a context must be an object, a string or null")
            }
        }
        return result
    }

    /// In JSON-LD 1.0 a context including itself is an error; 1.1 relies on the overflow limit.
    private var isRecursionError: Bool { options.isJSONLD10 }

    private func processContextObject(_ result: inout ActiveContext, _ ctx: inout JSONObject, baseURL: String?,
                                      remoteContexts: [String], overrideProtected: Bool,
                                      validateScopedContext: Bool) throws {
        if let version = ctx["@version"] {
            guard case .number(let n) = version, n.doubleValue == 1.1 else {
                throw JSONLDError(.invalidVersionValue, "@version must be 1.1")
            }
            if result.isJSONLD10 { throw JSONLDError(.processingModeConflict, "@version 1.1 in json-ld-1.0 mode") }
        }
        if let importValue = ctx["@import"] {
            if result.isJSONLD10 { throw JSONLDError(.invalidContextEntry, "@import in json-ld-1.0 mode") }
            guard case .string(let ref) = importValue else { throw JSONLDError(.invalidImportValue, "@import must be a string") }
            let url = IRI.resolve(ref, against: baseURL)
            let document = try loadContextDocument(url)
            guard case .object(let top) = document.document, case .object(let imported)? = top["@context"] else {
                throw JSONLDError(.invalidRemoteContext, "<\(url)> has no @context object")
            }
            if imported.contains("@import") { throw JSONLDError(.invalidContextEntry, "an imported context cannot @import") }
            var merged = imported
            for (k, v) in ctx where k != "@import" { merged[k] = v }
            ctx = merged
        }
        if let baseValue = ctx["@base"], remoteContexts.isEmpty {
            switch baseValue {
            case .null: result.base = nil
            case .string(let b):
                if IRI.isAbsolute(b) { result.base = b }
                else if let current = result.base { result.base = IRI.resolve(b, against: current) }
                else { throw JSONLDError(.invalidBaseIRI, "relative @base <\(b)> without a base IRI") }
            default: throw JSONLDError(.invalidBaseIRI, "@base must be a string or null")
            }
        }
        if let vocabValue = ctx["@vocab"] {
            switch vocabValue {
            case .null: result.vocab = nil
            case .string(let v):
                if result.isJSONLD10 && !(IRI.isAbsolute(v) || Keywords.isBlankNodeID(v)) {
                    throw JSONLDError(.invalidVocabMapping, "@vocab must be an absolute IRI in json-ld-1.0 mode")
                }
                guard let expanded = try expandIRI(result, v, documentRelative: true, vocab: true),
                      IRI.isAbsolute(expanded) || Keywords.isBlankNodeID(expanded) else {
                    throw JSONLDError(.invalidVocabMapping, "invalid @vocab <\(v)>")
                }
                result.vocab = expanded
            default: throw JSONLDError(.invalidVocabMapping, "@vocab must be a string or null")
            }
        }
        if let languageValue = ctx["@language"] {
            switch languageValue {
            case .null: result.defaultLanguage = nil
            case .string(let l): result.defaultLanguage = l.lowercased()
            default: throw JSONLDError(.invalidDefaultLanguage, "@language must be a string or null")
            }
        }
        if let directionValue = ctx["@direction"] {
            if result.isJSONLD10 { throw JSONLDError(.invalidContextEntry, "@direction in json-ld-1.0 mode") }
            switch directionValue {
            case .null: result.defaultDirection = nil
            case .string(let d) where d == "ltr" || d == "rtl": result.defaultDirection = d
            default: throw JSONLDError(.invalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null")
            }
        }
        if ctx.contains("@propagate"), result.isJSONLD10 {
            throw JSONLDError(.invalidContextEntry, "@propagate in json-ld-1.0 mode")
        }
        if let p = ctx["@protected"], !p.isBool {
            throw JSONLDError(.invalidProtectedValue, "@protected must be a boolean")
        }
        var defined: [String: Bool] = [:]
        let state = TermCreationState(baseURL: baseURL, overrideProtected: overrideProtected,
                                      remoteContexts: remoteContexts, validateScopedContext: validateScopedContext)
        let skip: Set<String> = ["@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab"]
        for key in ctx.keys where !skip.contains(key) {
            try createTermDefinition(&result, ctx, key, &defined, state: state)
        }
    }
}
