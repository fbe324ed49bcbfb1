import RDF

/// Memo tables of the streaming path: keys and IRIs are expanded once per distinct spelling in
/// the document (the active context never changes on the streaming path).
struct StreamingVocabulary {
    let context: ActiveContext
    unowned let processor: Processor
    private var keys: [ByteKey: StreamingKey] = [:]
    private var ids: [ByteKey: StreamingIRI] = [:]
    private var vocabIRIs: [ByteKey: StreamingIRI] = [:]
    private var languageMapKeys: [ByteKey: (String?, wellFormed: Bool)] = [:]
    private var recentKeys = [(ByteKey, StreamingKey)?](repeating: nil, count: 256)
    private var recentLanguages = [(ByteKey, (String, wellFormed: Bool))?](repeating: nil, count: 256)
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

    /// The meaning of a key, through a small direct-mapped cache first (keys are few and recur).
    mutating func key(_ raw: UnsafeBufferPointer<UInt8>, _ decode: () -> String) -> StreamingKey {
        let k = ByteKey(raw)
        let slot = Self.slot(raw)
        if let (cached, meaning) = recentKeys[slot], cached == k { return meaning }
        let meaning = key(k, decode)
        recentKeys[slot] = (k, meaning)
        return meaning
    }

    /// A `@language` value: lower-cased, and whether it is a well-formed tag.
    mutating func language(_ raw: UnsafeBufferPointer<UInt8>, _ decode: () -> String) -> (String, wellFormed: Bool) {
        let k = ByteKey(raw)
        let slot = Self.slot(raw)
        if let (cached, language) = recentLanguages[slot], cached == k { return language }
        let tag = decode().lowercased()
        let language = (tag, wellFormed: Processor.isWellFormedLanguageTag(tag))
        recentLanguages[slot] = (k, language)
        return language
    }

    /// A key of a language map: its language (nil for `@none`: no language) and whether it is well formed.
    mutating func languageMapKey(_ raw: UnsafeBufferPointer<UInt8>, _ decode: () -> String) -> (String?, wellFormed: Bool) {
        let k = ByteKey(raw)
        if let cached = languageMapKeys[k] { return cached }
        let key = decode()
        let result: (String?, wellFormed: Bool)
        if (try? processor.expandIRI(context, key, vocab: true)) == "@none" {
            result = (nil, wellFormed: true)
        } else {
            let tag = key.lowercased()
            result = (tag, wellFormed: Processor.isWellFormedLanguageTag(tag))
        }
        if languageMapKeys.count >= limit { languageMapKeys.removeAll(keepingCapacity: true) }
        languageMapKeys[k] = result
        return result
    }

    private static func slot(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
        guard let last = raw.last else { return 0 }
        return (raw.count &* 31 &+ Int(last) &* 7 &+ Int(raw[raw.count >> 1])) & 255
    }

    /// A node identifier (`@id`): identifiers are mostly unique, so the common form — an ASCII
    /// absolute IRI with an authority, valid as it stands — is recognised on its bytes, uncached.
    mutating func identifier(_ raw: UnsafeBufferPointer<UInt8>, escaped: Bool, _ decode: () -> String) -> StreamingIRI {
        if !escaped, Self.isPlainAbsoluteIRI(raw) {
            let s = decode()
            if context.terms.isEmpty || context.terms[s] == nil {
                return StreamingIRI(kind: .iri(.iri(s), datatypeOK: true), string: s, scopedContext: false)
            }
        }
        return iri(ByteKey(raw), vocab: false, decode)
    }

    /// True for "scheme://…" in ASCII without the characters IRIs forbid and with at most one '#':
    /// IRI Expansion returns such a value unchanged (unless a term is spelled like it), and the RDF
    /// conversion accepts it.
    static func isPlainAbsoluteIRI(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        guard let first = raw.first, isAlpha(first) else { return false }
        var i = 1
        while i < raw.count {
            let b = raw[i]
            if b == 0x3A { break }
            guard isAlpha(b) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E else { return false }
            i += 1
        }
        guard i + 2 < raw.count, raw[i + 1] == 0x2F, raw[i + 2] == 0x2F else { return false }
        var hashes = 0
        for b in raw[(i + 3)...] {
            if b <= 0x20 || b >= 0x7F { return false }
            switch b {
            case 0x3C, 0x3E, 0x22, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x5C: return false
            case 0x23: hashes += 1
            default: break
            }
        }
        return hashes <= 1
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
            case "@list": return .list
            case "@graph": return .graph
            default: return .unsupported
            }
        }
        guard expanded.utf8.contains(0x3A) else { return .drop }
        if Keywords.isBlankNodeID(expanded) { return .unsupported }
        let predicate = processor.resourceTerm(expanded)
        guard let def = context.terms[key] else {
            return plain(predicate, language: context.defaultLanguage, direction: context.defaultDirection)
        }
        let container = Set(def.container)
        let list = container == ["@list"]
        let languageMap = container == ["@language"] || container == ["@language", "@set"]
        if def.context != nil || def.reverse || !(container.isSubset(of: ["@set"]) || list || languageMap) {
            return .unsupported
        }
        guard case .property(var property) = coerced(def, predicate) else { return .unsupported }
        property.list = list
        property.languageMap = languageMap
        return .property(property)
    }

    private func coerced(_ def: TermDefinition, _ predicate: Term?) -> StreamingKey {
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
