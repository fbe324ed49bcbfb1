import Synchronization

/// A thread-safe map from text keys to values that holds at most `capacity` entries; when full,
/// the oldest entry goes first (FIFO). A capacity of 0 keeps nothing. Used for answers encoded
/// from one served catalog (dropped with it on reload) and for parsed SPARQL queries.
public final class BoundedCache<Value: Sendable>: Sendable {
    public let capacity: Int
    private let store = Mutex(Entries())

    private struct Entries {
        var byKey: [String: Value] = [:]
        /// Keys in insertion order, as a ring: `keys[next]` is the next to go when full.
        var keys: [String] = []
        var next = 0
    }

    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// The number of entries held.
    public var count: Int { store.withLock { $0.byKey.count } }

    public func get(_ key: String) -> Value? {
        guard capacity > 0 else { return nil }
        return store.withLock { $0.byKey[key] }
    }

    public func put(_ key: String, _ value: Value) {
        guard capacity > 0 else { return }
        store.withLock { e in
            if e.byKey.updateValue(value, forKey: key) != nil { return }
            if e.keys.count < capacity {
                e.keys.append(key)
            } else {
                e.byKey[e.keys[e.next]] = nil
                e.keys[e.next] = key
                e.next = (e.next + 1) % capacity
            }
        }
    }
}
