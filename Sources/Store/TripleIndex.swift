import RDF

/// One sorted permutation of triples (SPO, POS or OSP): any bound prefix is a range.
struct TripleIndex: Sendable {
    let keys: [Key3]

    /// Sorts and de-duplicates `keys`.
    init(sorting keys: [Key3]) {
        var k = keys
        RadixSort.sort(&k)
        k.removeAdjacentDuplicates()
        self.keys = k
    }

    init(sorted keys: [Key3]) { self.keys = keys }

    /// The range of keys whose leading components equal the given prefix (nil = unbound, only as a suffix).
    func range(_ a: TermID?, _ b: TermID?, _ c: TermID?) -> Range<Int> {
        guard let a else { return 0..<keys.count }
        let lo: Key3, hi: Key3
        if let b {
            if let c { lo = Key3(a, b, c); hi = Key3(a, b, c &+ 1); if c == .max { return bounded(lo, nil) } }
            else { lo = Key3(a, b, 0); hi = Key3(a, b &+ 1, 0); if b == .max { return bounded(lo, nil) } }
        } else {
            lo = Key3(a, 0, 0); hi = Key3(a &+ 1, 0, 0); if a == .max { return bounded(lo, nil) }
        }
        return bounded(lo, hi)
    }

    private func bounded(_ lo: Key3, _ hi: Key3?) -> Range<Int> {
        let l = lowerBound(lo)
        return l..<(hi.map(lowerBound) ?? keys.count)
    }

    private func lowerBound(_ key: Key3) -> Int {
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

/// One sorted permutation of quads (GSPO, GPOS, GOSP, SPOG, POSG, OSPG).
struct QuadIndex: Sendable {
    let keys: [Key4]

    init(sorting keys: [Key4]) {
        var k = keys
        RadixSort.sort(&k)
        k.removeAdjacentDuplicates()
        self.keys = k
    }

    func range(_ a: TermID?, _ b: TermID?, _ c: TermID?) -> Range<Int> {
        guard let a else { return 0..<keys.count }
        let lo: Key4, hi: Key4?
        if let b {
            if let c { lo = Key4(a, b, c, 0); hi = c == .max ? nil : Key4(a, b, c + 1, 0) }
            else { lo = Key4(a, b, 0, 0); hi = b == .max ? nil : Key4(a, b + 1, 0, 0) }
        } else { lo = Key4(a, 0, 0, 0); hi = a == .max ? nil : Key4(a + 1, 0, 0, 0) }
        let l = lowerBound(lo)
        return l..<(hi.map(lowerBound) ?? keys.count)
    }

    func range4(_ a: TermID, _ b: TermID, _ c: TermID, _ d: TermID) -> Range<Int> {
        let l = lowerBound(Key4(a, b, c, d))
        return l..<(l < keys.count && keys[l] == Key4(a, b, c, d) ? l + 1 : l)
    }

    private func lowerBound(_ key: Key4) -> Int {
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
