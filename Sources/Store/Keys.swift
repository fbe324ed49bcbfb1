import RDF

/// Three term ids in index order (e.g. subject, predicate, object for SPO).
public struct Key3: Hashable, Comparable, Sendable {
    public var a: TermID, b: TermID, c: TermID
    @inline(__always) public init(_ a: TermID, _ b: TermID, _ c: TermID) { self.a = a; self.b = b; self.c = c }
    @inline(__always) public static func < (l: Key3, r: Key3) -> Bool {
        l.a != r.a ? l.a < r.a : l.b != r.b ? l.b < r.b : l.c < r.c
    }
}

/// Four term ids in index order (e.g. graph, subject, predicate, object for GSPO).
public struct Key4: Hashable, Comparable, Sendable {
    public var a: TermID, b: TermID, c: TermID, d: TermID
    @inline(__always) public init(_ a: TermID, _ b: TermID, _ c: TermID, _ d: TermID) {
        self.a = a; self.b = b; self.c = c; self.d = d
    }
    @inline(__always) public static func < (l: Key4, r: Key4) -> Bool {
        l.a != r.a ? l.a < r.a : l.b != r.b ? l.b < r.b : l.c != r.c ? l.c < r.c : l.d < r.d
    }
}

/// Keys made of fixed components, sortable by `RadixSort`.
protocol RadixKey {
    static var componentCount: Int { get }
    func component(_ i: Int) -> TermID
}

extension Key3: RadixKey {
    static var componentCount: Int { 3 }
    @inline(__always) func component(_ i: Int) -> TermID { i == 0 ? a : i == 1 ? b : c }
}

extension Key4: RadixKey {
    static var componentCount: Int { 4 }
    @inline(__always) func component(_ i: Int) -> TermID { i == 0 ? a : i == 1 ? b : i == 2 ? c : d }
}

/// Least-significant-digit radix sort on 16-bit digits: linear time, one scratch copy.
enum RadixSort {
    static func sort<K: RadixKey & Comparable>(_ keys: inout [K]) {
        let n = keys.count
        if n < 2 { return }
        // Below a few thousand keys a comparison sort beats the radix passes' fixed cost.
        if n < 4096 { keys.sort(); return }
        var scratch = keys
        var counts = [Int](repeating: 0, count: 65_537)
        var inScratch = false
        for component in stride(from: K.componentCount - 1, through: 0, by: -1) {
            for shift in [0, 16] as [TermID] {
                for i in 0..<counts.count { counts[i] = 0 }
                var max: TermID = 0
                (inScratch ? scratch : keys).withUnsafeBufferPointer { src in
                    counts.withUnsafeMutableBufferPointer { c in
                        for k in src {
                            let d = k.component(component)
                            if d > max { max = d }
                            c[Int((d >> shift) & 0xFFFF) + 1] += 1
                        }
                    }
                }
                if shift == 16 && max < 0x10000 { continue }
                if counts.contains(n) { continue }  // every key has the same digit
                for i in 1..<counts.count { counts[i] += counts[i - 1] }
                if inScratch {
                    scatter(from: scratch, to: &keys, counts: &counts, component: component, shift: shift)
                } else {
                    scatter(from: keys, to: &scratch, counts: &counts, component: component, shift: shift)
                }
                inScratch.toggle()
            }
        }
        if inScratch { keys = scratch }
    }

    @inline(__always)
    private static func scatter<K: RadixKey>(from src: [K], to dst: inout [K], counts: inout [Int],
                                             component: Int, shift: TermID) {
        src.withUnsafeBufferPointer { s in
            dst.withUnsafeMutableBufferPointer { d in
                counts.withUnsafeMutableBufferPointer { c in
                    for k in s {
                        let bucket = Int((k.component(component) >> shift) & 0xFFFF)
                        d[c[bucket]] = k
                        c[bucket] += 1
                    }
                }
            }
        }
    }
}
