import RDF

/// One sorted, de-duplicated permutation of triples or quads: any bound prefix is a range.
struct SortedIndex<K: RadixKey & Comparable & Sendable>: Sendable {
    let keys: [K]

    /// Sorts and de-duplicates `keys`.
    init(sorting keys: [K]) {
        var k = keys
        RadixSort.sort(&k)
        k.removeAdjacentDuplicates()
        self.keys = k
    }

    /// Keys from `lo` (inclusive) to `hi` (exclusive; nil = to the end).
    func range(from lo: K, to hi: K?) -> Range<Int> {
        let l = lowerBound(lo)
        return l..<(hi.map(lowerBound) ?? keys.count)
    }

    func lowerBound(_ key: K) -> Int {
        var lo = 0, hi = keys.count
        keys.withUnsafeBufferPointer { k in
            while lo < hi {
                let mid = (lo + hi) >> 1
                if k[mid] < key { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }
}

/// SPO, POS or OSP.
typealias TripleIndex = SortedIndex<Key3>
/// GSPO, GPOS, GOSP, SPOG, POSG or OSPG.
typealias QuadIndex = SortedIndex<Key4>

extension SortedIndex where K == Key3 {
    /// The keys whose leading components equal the given prefix (nil = unbound, only as a suffix).
    func range(_ a: TermID?, _ b: TermID?, _ c: TermID?) -> Range<Int> {
        guard let a else { return 0..<keys.count }
        guard let b else { return range(from: Key3(a, 0, 0), to: a == .max ? nil : Key3(a + 1, 0, 0)) }
        guard let c else { return range(from: Key3(a, b, 0), to: b == .max ? nil : Key3(a, b + 1, 0)) }
        return range(from: Key3(a, b, c), to: c == .max ? nil : Key3(a, b, c + 1))
    }
}

extension SortedIndex where K == Key4 {
    /// The keys whose three leading components equal the given prefix (nil = unbound, only as a suffix).
    func range(_ a: TermID?, _ b: TermID?, _ c: TermID?) -> Range<Int> {
        guard let a else { return 0..<keys.count }
        guard let b else { return range(from: Key4(a, 0, 0, 0), to: a == .max ? nil : Key4(a + 1, 0, 0, 0)) }
        guard let c else { return range(from: Key4(a, b, 0, 0), to: b == .max ? nil : Key4(a, b + 1, 0, 0)) }
        return range(from: Key4(a, b, c, 0), to: c == .max ? nil : Key4(a, b, c + 1, 0))
    }

    /// The one key equal to (a, b, c, d), if present.
    func range4(_ a: TermID, _ b: TermID, _ c: TermID, _ d: TermID) -> Range<Int> {
        let key = Key4(a, b, c, d)
        let l = lowerBound(key)
        return l..<(l < keys.count && keys[l] == key ? l + 1 : l)
    }
}

extension Array where Element: Equatable {
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var w = 1
        withUnsafeMutableBufferPointer { b in
            for r in 1..<b.count where b[r] != b[w - 1] {
                b[w] = b[r]
                w += 1
            }
        }
        removeLast(count - w)
    }
}
