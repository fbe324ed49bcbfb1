import RDF

/// What a key of a node or value object means under the streaming path's (fixed) active context.
enum StreamingKey {
    case id
    case type
    case value
    case language
    /// The key expands to nothing usable: its value is ignored.
    case drop
    case property(StreamingProperty)
    /// A keyword or a term definition the streaming path leaves to the full algorithms.
    case unsupported
}

/// A property key whose term definition (if any) only coerces scalar values.
struct StreamingProperty {
    enum Coercion {
        /// Plain values; strings take `language` (nil: none; `languageValid` false: the value is dropped).
        case plain(language: String?, languageValid: Bool)
        /// Strings are node references (`@id` / `@vocab` type mapping).
        case id(vocab: Bool)
        /// Scalars typed with the IRI (not `usable`: the datatype is no valid IRI, values are dropped).
        case typed(String, usable: Bool)
    }

    /// The predicate, nil when the expanded IRI is not a valid absolute IRI (triples are dropped).
    var predicate: Term?
    var coercion: Coercion
}

/// An expanded IRI (node identifier, type or coerced value) and how the RDF conversion sees it.
struct StreamingIRI {
    enum Kind {
        /// Expansion gave null or a keyword: left to the full algorithms.
        case unsupported
        /// A blank node identifier (relabelled by the blank node issuer at each use).
        case blank(String)
        /// An IRI: its term when valid (else triples naming it are dropped); `datatypeOK` says whether
        /// it is acceptable as a value object's `@type`.
        case iri(Term?, datatypeOK: Bool)
    }

    var kind: Kind
    var string: String
    /// The unexpanded value names a term with a scoped context (a type-scoped context).
    var scopedContext: Bool
}

/// Memo tables of the streaming path: keys and IRIs are expanded once per distinct spelling in
/// the document (the active context never changes on the streaming path).
struct StreamingVocabulary {
    let context: ActiveContext
    unowned let processor: Processor
    private var keys: [ByteKey: StreamingKey] = [:]
    private var ids: [ByteKey: StreamingIRI] = [:]
    private var vocabIRIs: [ByteKey: StreamingIRI] = [:]
    /// Beyond this many entries a table is cleared rather than grown (documents of unique IRIs).
    private let limit = 1 << 20

    init(context: ActiveContext, processor: Processor) {
        self.context = context
        self.processor = processor
    }

    mutating func key(_ raw: ByteKey, _ decode: () -> String) -> StreamingKey {
        if let k = keys[raw] { return k }
        let k = classify(decode())
        if keys.count >= limit { keys.removeAll(keepingCapacity: true) }
        keys[raw] = k
        return k
    }

    /// An IRI expanded document-relative, with vocabulary mapping when `vocab` (types, `@vocab` coercion).
    mutating func iri(_ raw: ByteKey, vocab: Bool, _ decode: () -> String) -> StreamingIRI {
        if let e = vocab ? vocabIRIs[raw] : ids[raw] { return e }
        let e = expand(decode(), vocab: vocab)
        if vocab {
            if vocabIRIs.count >= limit { vocabIRIs.removeAll(keepingCapacity: true) }
            vocabIRIs[raw] = e
        } else {
            if ids.count >= limit { ids.removeAll(keepingCapacity: true) }
            ids[raw] = e
        }
        return e
    }

    private func expand(_ value: String, vocab: Bool) -> StreamingIRI {
        let scoped = context.terms[value]?.context != nil
        guard let e = try? processor.expandIRI(context, value, documentRelative: true, vocab: vocab),
              !Keywords.isKeyword(e) else {
            return StreamingIRI(kind: .unsupported, string: value, scopedContext: scoped)
        }
        if Keywords.isBlankNodeID(e) { return StreamingIRI(kind: .blank(e), string: e, scopedContext: scoped) }
        let datatypeOK = IRI.validationError(e) == nil
        return StreamingIRI(kind: .iri(processor.resourceTerm(e), datatypeOK: datatypeOK), string: e,
                            scopedContext: scoped)
    }

    /// Steps of the Expansion algorithm for one key, restricted to what streaming handles.
    private func classify(_ key: String) -> StreamingKey {
        let expanded: String?
        do { expanded = try processor.expandIRI(context, key, vocab: true) } catch { return .unsupported }
        guard let expanded else { return .drop }
        if Keywords.isKeyword(expanded) {
            switch expanded {
            case "@id": return .id
            case "@type": return .type
            case "@value": return .value
            case "@language": return .language
            default: return .unsupported
            }
        }
        guard expanded.contains(":") else { return .drop }
        if Keywords.isBlankNodeID(expanded) { return .unsupported }
        let predicate = processor.resourceTerm(expanded)
        guard let def = context.terms[key] else {
            return plain(predicate, language: context.defaultLanguage, direction: context.defaultDirection)
        }
        if def.context != nil || def.reverse || !(def.container.isEmpty || def.container == ["@set"]) {
            return .unsupported
        }
        switch def.type {
        case nil, "@none"?:
            let language: String? = def.language.map { $0.stringValue } ?? context.defaultLanguage
            let direction: String? = def.direction.map { $0.stringValue } ?? context.defaultDirection
            return plain(predicate, language: language, direction: direction)
        case "@id"?: return .property(StreamingProperty(predicate: predicate, coercion: .id(vocab: false)))
        case "@vocab"?: return .property(StreamingProperty(predicate: predicate, coercion: .id(vocab: true)))
        case "@json"?: return .unsupported
        case let type?:
            // Object to RDF Conversion drops values whose datatype is not a usable IRI.
            let usable = processor.resourceTerm(type) != nil && !Keywords.isBlankNodeID(type)
            return .property(StreamingProperty(predicate: predicate, coercion: .typed(type, usable: usable)))
        }
    }

    private func plain(_ predicate: Term?, language: String?, direction: String?) -> StreamingKey {
        if direction != nil { return .unsupported }
        let valid = language.map(Processor.isWellFormedLanguageTag) ?? true
        return .property(StreamingProperty(predicate: predicate, coercion: .plain(language: language, languageValid: valid)))
    }
}
