#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Recently decoded strings keyed by their bytes (language tags, datatype IRIs, `rdf:resource`
/// and `rdf:about` IRIs): a direct-mapped cache, so a recurring value costs a hash and a byte
/// comparison and hands out the same string storage again, instead of a fresh allocation, a
/// UTF-8 check and a later release. A slot holds the last value that hashed to it.
struct RecentStrings {
    private var slots: [String?]
    private let mask: Int

    /// `capacity` is rounded up to a power of two.
    init(capacity: Int = 8) {
        var size = 1
        while size < capacity { size <<= 1 }
        slots = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    func find(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard let s = slots[Self.slot(bytes) & mask], Self.equal(s, bytes) else { return nil }
        return s
    }

    @inline(__always)
    mutating func add(_ bytes: UnsafeRawBufferPointer, _ value: String) {
        slots[Self.slot(bytes) & mask] = value
    }

    /// A hash of the length and of the first and last eight bytes (or fewer): values that share a
    /// long prefix (IRIs of one namespace) still differ at their end.
    @inline(__always)
    private static func slot(_ bytes: UnsafeRawBufferPointer) -> Int {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else { return 0 }
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        if n >= 8 {
            h ^= base.loadUnaligned(as: UInt64.self) &* 0xC2B2_AE3D_27D4_EB4F
            h = (h ^ (h >> 31)) &* 0x9E37_79B9_7F4A_7C15
            h ^= base.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) &* 0xC2B2_AE3D_27D4_EB4F
            if n >= 24 {
                h = (h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15
                h ^= base.loadUnaligned(fromByteOffset: n - 16, as: UInt64.self) &* 0x1656_67B1_9E37_79F9
            }
        } else {
            for i in 0..<n { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3 }
        }
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always)
    private static func equal(_ s: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let utf8 = s.utf8
        guard utf8.count == bytes.count else { return false }
        if bytes.isEmpty { return true }
        return utf8.withContiguousStorageIfAvailable { stored in
            guard let a = stored.baseAddress, let b = bytes.baseAddress else { return false }
            return memcmp(a, b, bytes.count) == 0
        } ?? utf8.elementsEqual(bytes)
    }
}
