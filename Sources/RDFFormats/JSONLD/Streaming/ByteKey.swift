#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A dictionary key naming bytes of the document being read (which outlives every key), so that
/// memo tables are consulted without building a `String` per lookup.
struct ByteKey: Hashable {
    let base: UnsafePointer<UInt8>?
    let count: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress
        count = buffer.count
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, let x = a.base, let y = b.base else { return true }
        return x == y || memcmp(x, y, a.count) == 0
    }

    func hash(into hasher: inout Hasher) {
        // FNV-1a over the bytes, folded into the hasher once.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        if let base { for i in 0..<count { h = (h ^ UInt64(base[i])) &* 0x100_0000_01b3 } }
        hasher.combine(h)
    }
}
