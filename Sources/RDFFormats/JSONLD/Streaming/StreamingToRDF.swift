import RDF
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The streaming fast path of toRdf: reads one top-level node object straight from the bytes and
/// produces its quads, for the common shape of documents: node objects with `@id`, `@type` and
/// `@graph` (named graphs), properties given as IRIs, compact IRIs or terms whose definitions only
/// coerce values (`@type` mappings, languages, `@list` containers), values as strings, numbers,
/// booleans, value objects (`@value` with `@type` or `@language`), list objects or embedded node
/// objects. Anything else — scoped contexts, `@reverse`, `@index`, maps, `@json`, base direction,
/// duplicate or escaped keys, … — stops it with `.unsupported` before any quad of the element is
/// handed out; the caller then runs the full algorithms on that element.
///
/// Its results equal those of Expansion + Node Map Generation + Deserialize JSON-LD to RDF: the
/// same checks decide which triples are dropped, and blank nodes come from the same issuer.
struct StreamingToRDF {
    var reader: JSONByteReader
    var vocabulary: StreamingVocabulary
    unowned let processor: Processor
    let blankNodePrefix: String

    /// A node met in the current element; its identifier may come after its properties.
    enum Slot {
        case anonymous
        case named(StreamingIRI)
        /// A node of a list held by the node in slot `owner` (no node when the owner has none).
        case listNode(owner: Int)
    }

    enum Object {
        case slot(Int)
        case term(Term)
    }

    struct PendingTriple {
        var subject: Int
        var predicate: Term
        var object: Object
        /// The slot of the node naming the graph, -1 for the default graph.
        var graph: Int
    }

    /// What an object read in value position stands for.
    enum ObjectResult {
        case node(Int)
        /// A value object's literal (nil when the RDF conversion drops it).
        case literal(Term?)
        /// A list object's entries (nil entries: items the RDF conversion drops, still list nodes).
        case list([Object?])
    }

    var slots: [Slot] = []
    var triples: [PendingTriple] = []
    /// The graph that triples read now belong to (a slot, or -1 for the default graph).
    var currentGraph = -1
    private var resolved: [Term?] = []
    /// Keys of the objects being read, innermost last, to detect duplicate keys.
    var openKeys: [RawJSONString] = []
    private let maxKeysPerObject = 64
    static let rdfType = Term.iri(RDFVocabulary.type)

    init(reader: JSONByteReader, vocabulary: StreamingVocabulary, processor: Processor, blankNodePrefix: String) {
        self.reader = reader
        self.vocabulary = vocabulary
        self.processor = processor
        self.blankNodePrefix = blankNodePrefix
    }

    /// Forgets the pending quads of an element (after `.unsupported`).
    mutating func discard() {
        slots.removeAll(keepingCapacity: true)
        triples.removeAll(keepingCapacity: true)
        openKeys.removeAll(keepingCapacity: true)
        currentGraph = -1
    }

    /// Hands out the quads of the element just read.
    mutating func flush(_ handler: (Quad) throws -> Void) throws {
        resolved.removeAll(keepingCapacity: true)
        for slot in slots {
            switch slot {
            case .anonymous: resolved.append(blankNode(processor.blankNodes.issue()))
            case .named(let iri): resolved.append(term(iri))
            case .listNode(let owner):
                resolved.append(resolved[owner] == nil ? nil : blankNode(processor.blankNodes.issue()))
            }
        }
        for t in triples {
            guard let subject = resolved[t.subject] else { continue }
            var graph: Term?
            if t.graph >= 0 {
                guard let g = resolved[t.graph] else { continue }
                graph = g
            }
            switch t.object {
            case .term(let o): try handler(Quad(subject, t.predicate, o, graph: graph))
            case .slot(let k):
                if let o = resolved[k] { try handler(Quad(subject, t.predicate, o, graph: graph)) }
            }
        }
        discard()
    }

    private func blankNode(_ issued: String) -> Term {
        .blankNode(blankNodePrefix + issued.dropFirst(2))
    }

    /// The term of an expanded identifier, as Node Map Generation and the RDF conversion give it.
    func term(_ iri: StreamingIRI) -> Term? {
        switch iri.kind {
        case .iri(let t, _): return t
        case .blank(let label): return blankNode(processor.blankNodes.issue(label))
        case .unsupported: return nil
        }
    }

    // MARK: objects

    /// Reads the object at the current position (on its '{'). `depth` is its nesting depth; a
    /// top-level object may not be a value object; the document's own object (`skipContext`) skips
    /// its `@context`, already processed.
    mutating func readObject(depth: Int, topLevel: Bool, skipContext: Bool = false,
                             property: StreamingProperty? = nil) throws(FastPathExit) -> ObjectResult {
        if depth > reader.maxDepth { throw .syntax }
        reader.pos += 1
        reader.skipSpace()
        let slot = slots.count
        slots.append(.anonymous)
        let firstTriple = triples.count
        let firstKey = openKeys.count
        defer { openKeys.removeSubrange(firstKey...) }
        var id: StreamingIRI?
        var hasProperties = false
        var hasGraph = false
        var value: JSONValue?
        var language: String?
        var languageWellFormed = true
        var valueType: StreamingIRI?
        var typeEntries = 0
        var typeArray = false
        if reader.current == 0x7D { reader.pos += 1 } else {
            repeat {
                let key = try reader.scanString()
                try noteKey(key, since: firstKey)
                reader.skipSpace()
                try reader.expect(0x3A)
                reader.skipSpace()
                if skipContext && reader.raw(key).elementsEqual("@context".utf8) {
                    try reader.skipValue(depth: depth + 1)
                    continue
                }
                switch keyMeaning(key) {
                case .id:
                    guard id == nil, reader.current == 0x22 else { throw .unsupported }
                    let iri = try identifier(vocab: false)
                    id = iri
                case .type:
                    typeEntries += 1
                    if reader.current == 0x5B {
                        typeArray = true
                        try readTypeArray(slot, depth: depth + 1)
                    } else {
                        guard reader.current == 0x22 else { throw .unsupported }
                        let t = try identifier(vocab: true)
                        if t.scopedContext { throw .unsupported }
                        valueType = t
                        if let o = term(t) { add(slot, Self.rdfType, .term(o)) }
                    }
                case .value:
                    guard value == nil else { throw .unsupported }
                    value = try scalar()
                case .language:
                    guard language == nil, reader.current == 0x22 else { throw .unsupported }
                    let s = try reader.scanString()
                    let snapshot = reader
                    let (tag, wellFormed) = vocabulary.language(snapshot.raw(s)) { snapshot.decode(s) }
                    language = tag
                    languageWellFormed = wellFormed
                case .drop:
                    try reader.skipValue(depth: depth + 1)
                case .property(let property):
                    hasProperties = true
                    try readValues(property, subject: slot, depth: depth + 1)
                case .graph:
                    guard !hasGraph else { throw .unsupported }
                    hasGraph = true
                    try readGraph(slot, depth: depth + 1)
                case .list:
                    // A list object: "@list" alone, in a property's value.
                    guard let property, slots.count == slot + 1, openKeys.count == firstKey + 1,
                          id == nil, value == nil, language == nil, typeEntries == 0, !hasProperties else {
                        throw .unsupported
                    }
                    let entries = try readListItems(property, owner: slot, depth: depth + 1)
                    guard try !reader.separator(closing: 0x7D) else { throw .unsupported }
                    return .list(entries)   // the object's own slot stays unused
                case .unsupported:
                    throw .unsupported
                }
            } while try reader.separator(closing: 0x7D)
        }
        guard let value else {
            if language != nil { throw .unsupported }
            // The document's own object may expand to a lone @graph, whose nodes go to the default graph.
            if skipContext && hasGraph && id == nil { throw .unsupported }
            if let id { slots[slot] = .named(id) }
            return .node(slot)
        }
        // A value object: only @value, @type (one string) and @language (not both) are streamed.
        guard !topLevel, id == nil, !hasProperties, !hasGraph, typeEntries <= 1, !typeArray,
              valueType == nil || language == nil else { throw .unsupported }
        slots.removeLast()
        triples.removeSubrange(firstTriple...)
        var datatype: String?
        if let valueType {
            guard case .iri(let t, let datatypeOK) = valueType.kind, datatypeOK else { throw .unsupported }
            if t == nil { return .literal(nil) }
            datatype = valueType.string
        }
        if let language {
            guard case .string = value else { throw .unsupported }
            if !languageWellFormed { return .literal(nil) }
        }
        return .literal(Processor.scalarLiteral(value, datatype: datatype, language: language))
    }

    private mutating func keyMeaning(_ key: RawJSONString) -> StreamingKey {
        let snapshot = reader
        return vocabulary.key(snapshot.raw(key)) { snapshot.decode(key) }
    }

    @inline(__always) mutating func add(_ subject: Int, _ predicate: Term, _ object: Object) {
        triples.append(PendingTriple(subject: subject, predicate: predicate, object: object, graph: currentGraph))
    }

    /// The value of `@graph`: node objects whose triples go to the graph named by the node in `slot`.
    private mutating func readGraph(_ slot: Int, depth: Int) throws(FastPathExit) {
        let outer = currentGraph
        currentGraph = slot
        defer { currentGraph = outer }
        func item(_ depth: Int) throws(FastPathExit) {
            // Free-floating values, lists and nested arrays are left to the full algorithms.
            guard reader.current == 0x7B else { throw .unsupported }
            _ = try readObject(depth: depth, topLevel: true)
        }
        guard reader.current == 0x5B else { return try item(depth) }
        if depth > reader.maxDepth { throw .syntax }
        reader.pos += 1
        reader.skipSpace()
        if reader.current == 0x5D { reader.pos += 1; return }
        repeat { try item(depth + 1) } while try reader.separator(closing: 0x5D)
    }

    /// Rejects duplicate keys (JSON objects keep the last value) and escaped keys.
    mutating func noteKey(_ key: RawJSONString, since first: Int) throws(FastPathExit) {
        if key.hasEscapes || openKeys.count - first >= maxKeysPerObject { throw .unsupported }
        let length = key.end - key.start
        guard let base = reader.bytes.baseAddress else { throw .syntax }
        for other in openKeys[first...] where other.end - other.start == length {
            if memcmp(base + key.start, base + other.start, length) == 0 { throw .unsupported }
        }
        openKeys.append(key)
    }

    /// Reads a string at the current position as an identifier (`@id`, or a type when `vocab`).
    private mutating func identifier(vocab: Bool) throws(FastPathExit) -> StreamingIRI {
        let s = try reader.scanString()
        let snapshot = reader
        let iri = vocab ? vocabulary.iri(ByteKey(snapshot.raw(s)), vocab: true) { snapshot.decode(s) }
            : vocabulary.identifier(snapshot.raw(s), escaped: s.hasEscapes) { snapshot.decode(s) }
        if case .unsupported = iri.kind { throw .unsupported }
        return iri
    }

    private mutating func readTypeArray(_ slot: Int, depth: Int) throws(FastPathExit) {
        if depth > reader.maxDepth { throw .syntax }
        reader.pos += 1
        reader.skipSpace()
        if reader.current == 0x5D { reader.pos += 1; return }
        repeat {
            guard reader.current == 0x22 else { throw .unsupported }
            let t = try identifier(vocab: true)
            if t.scopedContext { throw .unsupported }
            if let o = term(t) { add(slot, Self.rdfType, .term(o)) }
        } while try reader.separator(closing: 0x5D)
    }

    /// A scalar `@value` (null, arrays and objects are left to the full algorithms).
    private mutating func scalar() throws(FastPathExit) -> JSONValue {
        switch reader.current {
        case 0x22:
            let s = try reader.scanString()
            return .string(reader.decode(s))
        case 0x2D, 0x30...0x39: return .number(try reader.scanNumber())
        case 0x74, 0x66: return try reader.scanWord()
        case 0x6E, 0x5B, 0x7B: throw .unsupported
        default: throw .syntax
        }
    }
}
