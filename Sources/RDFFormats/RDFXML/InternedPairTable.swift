/// A hash table keyed by a pair of libxml2 interned-string pointers (namespace, local name):
/// open addressing on the pointer bits, so a lookup hashes two words and compares two words.
/// Interned pointers are stable for one document, so a table lives no longer than its parse.
struct InternedPairTable<Value> {
    private var keys: [(first: UInt, second: UInt)]
    private var values: [Value?]
    private var mask: Int
    private var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: (0, 0), count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ a: UInt, _ b: UInt) -> Int {
        var h = a &* 0x9E37_79B9_7F4A_7C15
        h ^= b &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The value for the pair (`second` is never null: it is a local name).
    @inline(__always)
    func find(_ first: UnsafeRawPointer?, _ second: UnsafeRawPointer) -> Value? {
        let a = UInt(bitPattern: first), b = UInt(bitPattern: second)
        var i = slot(a, b)
        while true {
            let k = keys[i]
            if k.second == 0 { return nil }
            if k.first == a && k.second == b { return values[i] }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ value: Value, _ first: UnsafeRawPointer?, _ second: UnsafeRawPointer) {
        if (count + 1) * 2 > keys.count { grow() }
        let a = UInt(bitPattern: first), b = UInt(bitPattern: second)
        var i = slot(a, b)
        while keys[i].second != 0 && !(keys[i].first == a && keys[i].second == b) { i = (i + 1) & mask }
        if keys[i].second == 0 { count += 1 }
        keys[i] = (a, b)
        values[i] = value
    }

    private mutating func grow() {
        let old = zip(keys, values)
        var bigger = InternedPairTable(capacity: keys.count)
        for (k, v) in old {
            if let v, let second = UnsafeRawPointer(bitPattern: k.second) {
                bigger.insert(v, UnsafeRawPointer(bitPattern: k.first), second)
            }
        }
        self = bigger
    }
}
