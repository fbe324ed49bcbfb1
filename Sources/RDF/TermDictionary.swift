/// A term's integer id in a `TermDictionary`. Ids start at 1; 0 never names a term.
public typealias TermID = UInt32

/// Encodes each distinct term once as an integer id.
///
/// Terms are stored as tagged UTF-8 bytes in one growing arena, found again through an
/// open-addressing hash table of ids: about (term length + 13) bytes per distinct term,
/// instead of a Swift `Dictionary<Term, …>` entry and its heap strings.
public struct TermDictionary: Sendable {
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0]     // offsets[id - 1] ..< offsets[id] is term `id`'s key
    private var hashes: [UInt32] = [0]   // hash of each id's key, to skip most byte compares
    private var slots: [TermID]          // 0 = empty
    private var mask: Int
    private var scratch: [UInt8] = []

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 32)
    }

    /// The number of distinct terms.
    public var count: Int { offsets.count - 1 }

    /// Bytes held by the dictionary's own storage (for statistics).
    public var memoryFootprint: Int {
        arena.capacity + offsets.capacity * 8 + hashes.capacity * 4 + slots.count * 4
    }

    /// The id of `term`, adding it when new.
    public mutating func intern(_ term: Term) -> TermID {
        Self.encode(term, into: &scratch)
        return scratch.withUnsafeBufferPointer { internKey($0) }
    }

    /// The id of `term` if it is known.
    public func lookup(_ term: Term) -> TermID? {
        var key: [UInt8] = []
        Self.encode(term, into: &key)
        return key.withUnsafeBufferPointer { find($0, hash: Self.hash($0)) }
    }

    /// The term whose id is `id`.
    public func term(_ id: TermID) -> Term {
        let start = offsets[Int(id) - 1], end = offsets[Int(id)]
        return arena.withUnsafeBufferPointer { Self.decode(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The kind of term `id` is, without decoding it.
    public func kind(_ id: TermID) -> TermKind {
        TermKind(rawValue: arena[offsets[Int(id) - 1]]) ?? .iri
    }

    /// The language tag of term `id` without decoding it: the tag of a language-tagged literal,
    /// "" for any other literal, nil for an IRI or a blank node.
    public func languageTag(_ id: TermID) -> String? {
        let start = offsets[Int(id) - 1], end = offsets[Int(id)]
        return arena.withUnsafeBufferPointer { a -> String? in
            switch TermKind(rawValue: a[start]) {
            case .langLiteral:
                var zero = start + 1
                while zero < end && a[zero] != 0 { zero += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: a[(start + 1)..<zero]), as: UTF8.self)
            case .simpleLiteral, .typedLiteral: return ""
            default: return nil
            }
        }
    }

    /// The lexical form of term `id` when it is a string literal (simple, xsd:string or
    /// language-tagged), decoding nothing else; nil for other terms.
    public func stringLexicalForm(_ id: TermID) -> String? {
        let start = offsets[Int(id) - 1], end = offsets[Int(id)]
        return arena.withUnsafeBufferPointer { a -> String? in
            switch TermKind(rawValue: a[start]) {
            case .simpleLiteral:
                return String(decoding: UnsafeBufferPointer(rebasing: a[(start + 1)..<end]), as: UTF8.self)
            case .langLiteral:
                var zero = start + 1
                while zero < end && a[zero] != 0 { zero += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: a[min(zero + 1, end)..<end]), as: UTF8.self)
            default: return nil
            }
        }
    }

    private mutating func internKey(_ key: UnsafeBufferPointer<UInt8>) -> TermID {
        let h = Self.hash(key)
        var i = Int(h) & mask
        while true {
            let id = slots[i]
            if id == 0 { break }
            if hashes[Int(id)] == h && equalsKey(id, key) { return id }
            i = (i + 1) & mask
        }
        arena.append(contentsOf: key)
        offsets.append(arena.count)
        hashes.append(h)
        let id = TermID(offsets.count - 1)
        slots[i] = id
        if count * 2 > slots.count { grow() }
        return id
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> TermID? {
        var i = Int(h) & mask
        while true {
            let id = slots[i]
            if id == 0 { return nil }
            if hashes[Int(id)] == h && equalsKey(id, key) { return id }
            i = (i + 1) & mask
        }
    }

    private func equalsKey(_ id: TermID, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[Int(id) - 1], end = offsets[Int(id)]
        guard end - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            memcmpEqual(a.baseAddress! + start, key.baseAddress!, key.count)
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [TermID](repeating: 0, count: size)
        let newMask = size - 1
        for id in 1..<offsets.count {
            var i = Int(hashes[id]) & newMask
            while newSlots[i] != 0 { i = (i + 1) & newMask }
            newSlots[i] = TermID(id)
        }
        slots = newSlots
        mask = newMask
    }

    // MARK: encoding

    /// The kind tag stored as the first byte of a term's key.
    public enum TermKind: UInt8, Sendable {
        case iri = 1, blankNode = 2, simpleLiteral = 3, langLiteral = 4, typedLiteral = 5
    }

    static func encode(_ term: Term, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        switch term {
        case .iri(let v):
            out.append(TermKind.iri.rawValue); out.append(contentsOf: v.utf8)
        case .blankNode(let v):
            out.append(TermKind.blankNode.rawValue); out.append(contentsOf: v.utf8)
        case .literal(let l):
            if let lang = l.language {
                out.append(TermKind.langLiteral.rawValue); out.append(contentsOf: lang.utf8)
                out.append(0); out.append(contentsOf: l.lexicalForm.utf8)
            } else if l.datatype == XSD.string {
                out.append(TermKind.simpleLiteral.rawValue); out.append(contentsOf: l.lexicalForm.utf8)
            } else {
                out.append(TermKind.typedLiteral.rawValue); out.append(contentsOf: l.datatype.utf8)
                out.append(0); out.append(contentsOf: l.lexicalForm.utf8)
            }
        }
    }

    static func decode(_ key: UnsafeBufferPointer<UInt8>) -> Term {
        let body = UnsafeBufferPointer(rebasing: key[1...])
        switch TermKind(rawValue: key[0])! {
        case .iri: return .iri(String(decoding: body, as: UTF8.self))
        case .blankNode: return .blankNode(String(decoding: body, as: UTF8.self))
        case .simpleLiteral: return .literal(Literal(String(decoding: body, as: UTF8.self)))
        case .langLiteral, .typedLiteral:
            let zero = body.firstIndex(of: 0)!
            let head = String(decoding: UnsafeBufferPointer(rebasing: body[..<zero]), as: UTF8.self)
            let lex = String(decoding: UnsafeBufferPointer(rebasing: body[(zero + 1)...]), as: UTF8.self)
            if key[0] == TermKind.langLiteral.rawValue {
                var l = Literal(lex); l.datatype = RDFVocabulary.langString; l.language = head
                return .literal(l)
            }
            return .literal(Literal(lex, datatype: head))
        }
    }

    /// FNV-1a over 8-byte words, finished with a multiply-xorshift mix.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let n = key.count
        let raw = UnsafeRawPointer(key.baseAddress!)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
            h ^= h >> 29
            i += 8
        }
        while i < n { h = (h ^ UInt64(key[i])) &* 0x100_0000_01b3; i += 1 }
        h ^= h >> 32
        h = h &* 0xd6e8_feb8_6659_fd93
        h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
    while i + 8 <= n {
        if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < n { if a[i] != b[i] { return false }; i += 1 }
    return true
}
