import RDF

/// Property values on the streaming path: scalars under the term's coercion, value and node
/// objects, and lists (an explicit `{"@list": …}` or a term with an `@list` container).
extension StreamingToRDF {
    /// One value as Node Map Generation sees it.
    enum Entry {
        /// null: no value at all.
        case none
        /// A value (nil when the RDF conversion drops it).
        case object(Object?)
        case list([Object?])
    }

    /// Reads the value of a property entry of the node in slot `subject`.
    mutating func readValues(_ property: StreamingProperty, subject: Int, depth: Int) throws(FastPathExit) {
        if property.list { return try readContainerList(property, subject: subject, depth: depth) }
        if property.languageMap && reader.current == 0x7B {
            return try readLanguageMap(property, subject: subject, depth: depth)
        }
        guard reader.current == 0x5B else {
            return try link(subject, property, try readEntry(property, owner: subject, depth: depth))
        }
        if depth > reader.maxDepth { throw .syntax }
        reader.pos += 1
        reader.skipSpace()
        if reader.current == 0x5D { reader.pos += 1; return }
        repeat {
            if reader.current == 0x5B { throw .unsupported }   // nested arrays are flattened by expansion
            try link(subject, property, try readEntry(property, owner: subject, depth: depth + 1))
        } while try reader.separator(closing: 0x5D)
    }

    private mutating func link(_ subject: Int, _ property: StreamingProperty, _ entry: Entry) throws(FastPathExit) {
        let object: Object?
        switch entry {
        case .none: return
        case .object(let o): object = o
        case .list(let entries): object = list(entries, owner: subject, property)
        }
        if let predicate = property.predicate, let object {
            add(subject, predicate, object)
        }
    }

    /// The value of a term whose container is `@list`: an array's items, or one value, make the list.
    private mutating func readContainerList(_ property: StreamingProperty, subject: Int, depth: Int) throws(FastPathExit) {
        if reader.current == 0x5B {
            return try link(subject, property, .list(try readListItems(property, owner: subject, depth: depth)))
        }
        switch try readEntry(property, owner: subject, depth: depth) {
        case .none: return
        case .object(let o): try link(subject, property, .list([o]))
        case .list(let entries): try link(subject, property, .list(entries))
        }
    }

    /// The items of a list value (an array, or a single value); lists of lists are left to the full algorithms.
    mutating func readListItems(_ property: StreamingProperty, owner: Int, depth: Int) throws(FastPathExit) -> [Object?] {
        var entries: [Object?] = []
        func add(_ entry: Entry) throws(FastPathExit) {
            switch entry {
            case .none: return
            case .object(let o): entries.append(o)
            case .list: throw .unsupported
            }
        }
        guard reader.current == 0x5B else {
            try add(try readEntry(property, owner: owner, depth: depth))
            return entries
        }
        if depth > reader.maxDepth { throw .syntax }
        reader.pos += 1
        reader.skipSpace()
        if reader.current == 0x5D { reader.pos += 1; return entries }
        repeat {
            if reader.current == 0x5B { throw .unsupported }
            try add(try readEntry(property, owner: owner, depth: depth + 1))
        } while try reader.separator(closing: 0x5D)
        return entries
    }

    /// The head of a list's rdf:first/rdf:rest chain (List to RDF Conversion); nil when the
    /// property is dropped, which drops the whole list.
    private mutating func list(_ entries: [Object?], owner: Int, _ property: StreamingProperty) -> Object? {
        guard property.predicate != nil else { return nil }
        guard !entries.isEmpty else { return .term(.iri(RDFVocabulary.nil)) }
        let first = slots.count
        for _ in entries { slots.append(.listNode(owner: owner)) }
        for (i, entry) in entries.enumerated() {
            if let entry { add(first + i, Self.rdfFirst, entry) }
            let rest: Object = i + 1 < entries.count ? .slot(first + i + 1) : .term(Self.rdfNil)
            add(first + i, Self.rdfRest, rest)
        }
        return .slot(first)
    }

    /// A language map: strings (or arrays of strings) by language; `@none` gives plain strings.
    private mutating func readLanguageMap(_ property: StreamingProperty, subject: Int, depth: Int) throws(FastPathExit) {
        if depth > reader.maxDepth { throw .syntax }
        reader.pos += 1
        reader.skipSpace()
        if reader.current == 0x7D { reader.pos += 1; return }
        let firstKey = openKeys.count
        defer { openKeys.removeSubrange(firstKey...) }
        repeat {
            let key = try reader.scanString()
            try noteKey(key, since: firstKey)
            reader.skipSpace()
            try reader.expect(0x3A)
            reader.skipSpace()
            let snapshot = reader
            let (language, wellFormed) = vocabulary.languageMapKey(snapshot.raw(key)) { snapshot.decode(key) }
            func item() throws(FastPathExit) {
                switch reader.current {
                case 0x22:
                    let s = try reader.scanString()
                    guard let predicate = property.predicate, wellFormed else { return }
                    let text = reader.decode(s)
                    add(subject, predicate, .term(.literal(language.map { Literal(text, language: $0) } ?? Literal(text))))
                case 0x6E:
                    _ = try reader.scanWord()
                default:
                    throw .unsupported   // language map values must be strings
                }
            }
            if reader.current == 0x5B {
                if depth + 1 > reader.maxDepth { throw .syntax }
                reader.pos += 1
                reader.skipSpace()
                if reader.current == 0x5D { reader.pos += 1; continue }
                repeat { try item() } while try reader.separator(closing: 0x5D)
            } else {
                try item()
            }
        } while try reader.separator(closing: 0x7D)
    }

    static let rdfFirst = Term.iri(RDFVocabulary.first)
    static let rdfRest = Term.iri(RDFVocabulary.rest)
    static let rdfNil = Term.iri(RDFVocabulary.nil)

    /// One value that is not an array.
    private mutating func readEntry(_ property: StreamingProperty, owner: Int, depth: Int) throws(FastPathExit) -> Entry {
        switch reader.current {
        case 0x22:
            let s = try reader.scanString()
            switch property.coercion {
            case .plain(let language, let languageValid):
                guard languageValid else { return .object(nil) }
                let text = reader.decode(s)
                return .object(.term(.literal(language.map { Literal(text, language: $0) } ?? Literal(text))))
            case .id(let vocab):
                let snapshot = reader
                let iri = vocabulary.iri(ByteKey(snapshot.raw(s)), vocab: vocab) { snapshot.decode(s) }
                if case .unsupported = iri.kind { throw .unsupported }
                return .object(term(iri).map(Object.term))
            case .typed(let datatype, let usable):
                guard usable else { return .object(nil) }
                return .object(.term(.literal(Literal(reader.decode(s), datatype: datatype))))
            }
        case 0x2D, 0x30...0x39:
            return .object(typedScalar(.number(try reader.scanNumber()), property))
        case 0x74, 0x66, 0x6E:
            let word = try reader.scanWord()
            if case .null = word { return .none }
            return .object(typedScalar(word, property))
        case 0x7B:
            switch try readObject(depth: depth, topLevel: false, property: property) {
            case .node(let slot): return .object(.slot(slot))
            case .literal(let t): return .object(t.map(Object.term))
            case .list(let entries): return .list(entries)
            }
        case 0x5B: throw .unsupported
        default: throw .syntax
        }
    }

    /// A number or boolean under the property's type coercion (strings only take languages and node references).
    private func typedScalar(_ value: JSONValue, _ property: StreamingProperty) -> Object? {
        switch property.coercion {
        case .plain, .id: return Processor.scalarLiteral(value, datatype: nil, language: nil).map(Object.term)
        case .typed(let datatype, let usable):
            guard usable else { return nil }
            return Processor.scalarLiteral(value, datatype: datatype, language: nil).map(Object.term)
        }
    }
}
