import RDF

extension Processor {
    private static let allowedTermKeys: Set<String> = [
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest",
        "@prefix", "@protected", "@type",
    ]

    /// Create Term Definition (JSON-LD 1.1 API, section 4.2.2).
    func createTermDefinition(_ active: inout ActiveContext, _ local: JSONObject, _ term: String,
                              _ defined: inout [String: Bool], state: TermCreationState) throws {
        if let d = defined[term] {
            if d { return }
            throw JSONLDError(.cyclicIRIMapping, "term \"\(term)\"")
        }
        if term.isEmpty { throw JSONLDError(.invalidTermDefinition, "the empty string is not a valid term") }
        defined[term] = false
        let rawValue = local[term] ?? .null
        if term == "@type", !active.isJSONLD10, case .object(let o) = rawValue,
           !o.isEmpty, o.keys.allSatisfy({ $0 == "@container" || $0 == "@protected" }),
           o["@container"] == nil || o["@container"] == .string("@set") {
            // @type may be given a @set container and be protected.
        } else if Keywords.isKeyword(term) {
            throw JSONLDError(.keywordRedefinition, "\(term) cannot be redefined")
        } else if Keywords.hasKeywordForm(term) {
            defined[term] = true
            return
        }
        let previous = active.terms.removeValue(forKey: term)
        var simpleTerm = false
        var value: JSONObject
        switch rawValue {
        case .null: value = JSONObject([("@id", .null)])
        case .string: value = JSONObject([("@id", rawValue)]); simpleTerm = true
        case .object(let o): value = o
        default: throw JSONLDError(.invalidTermDefinition, "term \"\(term)\" must map to a string, an object or null")
        }
        var def = TermDefinition(iri: nil)
        def.protected = local["@protected"] == .bool(true)
        if let p = value["@protected"] {
            if active.isJSONLD10 { throw JSONLDError(.invalidTermDefinition, "@protected in json-ld-1.0 mode") }
            guard case .bool(let b) = p else { throw JSONLDError(.invalidProtectedValue, "@protected must be a boolean") }
            def.protected = b
        }
        if let t = value["@type"] {
            guard case .string(let ts) = t else { throw JSONLDError(.invalidTypeMapping, "@type of \"\(term)\" must be a string") }
            guard let type = try expandIRI(&active, ts, vocab: true, localContext: local, defined: &defined, state: state) else {
                throw JSONLDError(.invalidTypeMapping, "@type of \"\(term)\" does not expand")
            }
            if (type == "@json" || type == "@none") && active.isJSONLD10 {
                throw JSONLDError(.invalidTypeMapping, "\(type) in json-ld-1.0 mode")
            }
            if !["@id", "@json", "@none", "@vocab"].contains(type) && !IRI.isAbsolute(type) {
                throw JSONLDError(.invalidTypeMapping, "invalid type mapping <\(type)> for \"\(term)\"")
            }
            def.type = type
        }
        if let r = value["@reverse"] {
            if value.contains("@id") || value.contains("@nest") {
                throw JSONLDError(.invalidReverseProperty, "\"\(term)\" has @reverse with @id or @nest")
            }
            guard case .string(let rs) = r else { throw JSONLDError(.invalidIRIMapping, "@reverse must be a string") }
            if Keywords.hasKeywordForm(rs) { defined[term] = true; return }
            guard let iri = try expandIRI(&active, rs, vocab: true, localContext: local, defined: &defined, state: state),
                  IRI.isAbsolute(iri) || Keywords.isBlankNodeID(iri) else {
                throw JSONLDError(.invalidIRIMapping, "@reverse of \"\(term)\" is not an IRI")
            }
            def.iri = iri
            if let c = value["@container"] {
                switch c {
                case .null: break
                case .string(let cs) where cs == "@set" || cs == "@index": def.container = [cs]
                default: throw JSONLDError(.invalidReverseProperty, "reverse property container must be @set or @index")
                }
            }
            def.reverse = true
            try indexMapping(&active, &def, value, local, &defined, state)
            try finish(&active, term, def, previous, &defined, state)
            return
        }
        if let idValue = value["@id"], idValue != .string(term) {
            switch idValue {
            case .null: def.iri = nil
            case .string(let ids):
                if !Keywords.isKeyword(ids) && Keywords.hasKeywordForm(ids) { defined[term] = true; return }
                guard let iri = try expandIRI(&active, ids, vocab: true, localContext: local, defined: &defined, state: state),
                      Keywords.isKeyword(iri) || IRI.isAbsolute(iri) || Keywords.isBlankNodeID(iri) else {
                    throw JSONLDError(.invalidIRIMapping, "@id of \"\(term)\" is not an IRI, a blank node or a keyword")
                }
                if iri == "@context" { throw JSONLDError(.invalidKeywordAlias, "@context cannot be aliased") }
                def.iri = iri
                let inner = term.dropFirst().dropLast()
                if inner.contains(":") || term.contains("/") {
                    defined[term] = true
                    let expandedTerm = try expandIRI(&active, term, vocab: true, localContext: local, defined: &defined, state: state)
                    if expandedTerm != iri {
                        throw JSONLDError(.invalidIRIMapping, "term \"\(term)\" looks like an IRI but maps to <\(iri)>")
                    }
                }
                if !term.contains(":") && !term.contains("/") && simpleTerm
                    && (Keywords.endsWithGenDelim(iri) || Keywords.isBlankNodeID(iri)) {
                    def.prefix = true
                }
            default: throw JSONLDError(.invalidIRIMapping, "@id of \"\(term)\" must be a string or null")
            }
        } else if let colon = term.dropFirst().firstIndex(of: ":") {
            let prefix = String(term[..<colon])
            let suffix = term[term.index(after: colon)...]
            if local.contains(prefix) {
                try createTermDefinition(&active, local, prefix, &defined, state: state)
            }
            if let p = active.terms[prefix], let piri = p.iri {
                def.iri = piri + suffix
            } else {
                def.iri = term
            }
        } else if term.contains("/") {
            guard let iri = try expandIRI(active, term, vocab: true),
                  IRI.isAbsolute(iri) || Keywords.isBlankNodeID(iri) else {
                throw JSONLDError(.invalidIRIMapping, "term \"\(term)\" is not an IRI")
            }
            def.iri = iri
        } else if term == "@type" {
            def.iri = "@type"
        } else if let vocab = active.vocab {
            def.iri = vocab + term
        } else {
            throw JSONLDError(.invalidIRIMapping, "term \"\(term)\" has no IRI mapping and there is no @vocab")
        }
        if let c = value["@container"] {
            def.container = try containerMapping(c, active: active)
            if def.container.contains("@type") {
                if def.type == nil { def.type = "@id" }
                if def.type != "@id" && def.type != "@vocab" {
                    throw JSONLDError(.invalidTypeMapping, "a @type container needs @type @id or @vocab")
                }
            }
        }
        try indexMapping(&active, &def, value, local, &defined, state)
        if let scoped = value["@context"] {
            if active.isJSONLD10 { throw JSONLDError(.invalidTermDefinition, "scoped contexts in json-ld-1.0 mode") }
            do {
                _ = try processContextUncached(active, scoped, baseURL: state.baseURL,
                                               remoteContexts: state.remoteContexts, overrideProtected: true,
                                               propagate: true, validateScopedContext: false)
            } catch let e as JSONLDError {
                throw JSONLDError(.invalidScopedContext, "scoped context of \"\(term)\": \(e)")
            }
            def.context = scoped
            def.baseURL = state.baseURL
        }
        if let l = value["@language"], !value.contains("@type") {
            switch l {
            case .null: def.language = .null
            case .string(let ls): def.language = .string(ls.lowercased())
            default: throw JSONLDError(.invalidLanguageMapping, "@language of \"\(term)\" must be a string or null")
            }
        }
        if let d = value["@direction"], !value.contains("@type") {
            switch d {
            case .null: def.direction = .null
            case .string(let ds) where ds == "ltr" || ds == "rtl": def.direction = d
            default: throw JSONLDError(.invalidBaseDirection, "@direction of \"\(term)\" must be ltr, rtl or null")
            }
        }
        if let n = value["@nest"] {
            if active.isJSONLD10 { throw JSONLDError(.invalidTermDefinition, "@nest in json-ld-1.0 mode") }
            guard case .string(let ns) = n, !Keywords.isKeyword(ns) || ns == "@nest" else {
                throw JSONLDError(.invalidNestValue, "@nest of \"\(term)\" must be a term or @nest")
            }
            def.nest = ns
        }
        if let p = value["@prefix"] {
            if active.isJSONLD10 || term.contains(":") || term.contains("/") {
                throw JSONLDError(.invalidTermDefinition, "@prefix not allowed on \"\(term)\"")
            }
            guard case .bool(let b) = p else { throw JSONLDError(.invalidPrefixValue, "@prefix must be a boolean") }
            def.prefix = b
            if b, let iri = def.iri, Keywords.isKeyword(iri) {
                throw JSONLDError(.invalidTermDefinition, "a keyword alias cannot be a prefix")
            }
        }
        for key in value.keys where !Self.allowedTermKeys.contains(key) {
            throw JSONLDError(.invalidTermDefinition, "unexpected entry \(key) in the definition of \"\(term)\"")
        }
        try finish(&active, term, def, previous, &defined, state)
    }

    private func indexMapping(_ active: inout ActiveContext, _ def: inout TermDefinition, _ value: JSONObject,
                              _ local: JSONObject, _ defined: inout [String: Bool], _ state: TermCreationState) throws {
        guard let i = value["@index"] else { return }
        if active.isJSONLD10 || !def.container.contains("@index") {
            throw JSONLDError(.invalidTermDefinition, "@index needs an @index container in json-ld-1.1")
        }
        guard case .string(let idx) = i,
              let e = try expandIRI(&active, idx, vocab: true, localContext: local, defined: &defined, state: state),
              IRI.isAbsolute(e), !Keywords.isKeyword(idx) else {
            throw JSONLDError(.invalidTermDefinition, "@index must be a property IRI")
        }
        def.index = idx
    }

    private func finish(_ active: inout ActiveContext, _ term: String, _ definition: TermDefinition,
                        _ previous: TermDefinition?, _ defined: inout [String: Bool], _ state: TermCreationState) throws {
        var def = definition
        if !state.overrideProtected, let previous, previous.protected {
            if !def.sameDefinition(as: previous) {
                throw JSONLDError(.protectedTermRedefinition, "\"\(term)\" is protected")
            }
            def = previous
        }
        active.terms[term] = def
        defined[term] = true
    }

    private func containerMapping(_ c: JSONValue, active: ActiveContext) throws -> [String] {
        let invalid = JSONLDError(.invalidContainerMapping, "invalid @container")
        var values: [String] = []
        switch c {
        case .string(let s): values = [s]
        case .array(let a):
            if active.isJSONLD10 { throw invalid }
            for v in a { guard case .string(let s) = v else { throw invalid }; values.append(s) }
        case .null: return []
        default: throw invalid
        }
        let allowed: Set<String> = ["@graph", "@id", "@index", "@language", "@list", "@set", "@type"]
        guard values.allSatisfy(allowed.contains) else { throw invalid }
        if active.isJSONLD10 {
            guard values.count == 1, !["@graph", "@id", "@type"].contains(values[0]) else { throw invalid }
            return values
        }
        let set = Set(values)
        if set.count == 1 { return values }
        if set.contains("@list") { throw invalid }
        var rest = set
        rest.remove("@set")
        if rest.count <= 1 { return values }
        if rest.contains("@graph") {
            rest.remove("@graph")
            if rest.count == 1 && (rest.contains("@id") || rest.contains("@index")) { return values }
        }
        throw invalid
    }
}
