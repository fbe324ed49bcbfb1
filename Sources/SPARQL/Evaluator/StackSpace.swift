#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much stack the current thread has left, so that small queries run on the caller's thread
/// and only deep ones pay for a `DeepStack` thread.
enum StackSpace {
    /// Bytes between the current frame and the end of this thread's stack, or nil when unknown.
    static func remaining() -> Int? {
        guard let low = lowAddress() else { return nil }
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here > low ? Int(here - low) : 0
    }

    /// Per-thread cache of the stack's lowest address (the lookup may read /proc on the main thread).
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { free($0) }
        return k
    }()

    private static func lowAddress() -> UInt? {
        if let cached = pthread_getspecific(key) { return cached.load(as: UInt.self) }
        #if os(Linux)
        // pthread_getattr_np is a GNU extension the Glibc module does not export.
        typealias GetAttr = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        let getattr = unsafeBitCast(symbol, to: GetAttr.self)
        var attr = pthread_attr_t()
        guard getattr(pthread_self(), &attr) == 0 else { return nil }
        defer { pthread_attr_destroy(&attr) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &base, &size) == 0, let base else { return nil }
        let low = UInt(bitPattern: base)
        #elseif canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let low = top - UInt(pthread_get_stacksize_np(pthread_self()))
        #else
        return nil
        #endif
        guard let box = malloc(MemoryLayout<UInt>.size) else { return low }
        box.storeBytes(of: low, as: UInt.self)
        pthread_setspecific(key, box)
        return low
    }
}

extension Algebra {
    /// A bound on how deeply evaluation recurses for this algebra: operators, triple patterns
    /// (one nested-loop level each) and the patterns of EXISTS filters.
    var recursionWeight: Int {
        var weight = 1
        switch self {
        case .bgp(let patterns): weight += patterns.count
        case .filter(let e, _), .extend(_, _, let e), .leftJoin(_, _, let e?): weight += e.recursionWeight
        default: break
        }
        for c in children { weight += c.recursionWeight }
        return weight
    }
}

extension Expression {
    var recursionWeight: Int {
        switch self {
        case .exists(let a), .notExists(let a): return 1 + a.recursionWeight
        default: return children.reduce(1) { $0 + $1.recursionWeight }
        }
    }
}
