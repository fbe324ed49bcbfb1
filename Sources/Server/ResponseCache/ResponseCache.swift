import HTTPTypes
import Logging
import NIOCore
import Synchronization

/// Whole `200` answers to GET requests (head and body), kept in front of the router and answered
/// by `ResponseCacheHandler` on the connection's event loop, without a task, the router or the
/// middlewares. Entries belong to one generation of the served catalog: the first lookup or store
/// after a reload sees a newer generation and drops them all. Bounded by entries and by bytes;
/// when full, the oldest entries go first.
public final class ResponseCache: Sendable {
    /// One answer: its head (its `Date` is replaced when it is sent), its body, and what the request log and metrics need.
    public struct Entry: Sendable {
        public let head: HTTPResponse
        public let body: ByteBuffer
        public let etag: String
        /// The route template the answer came from (for metrics and request logs).
        public let route: String
        /// The memory it holds: its body's whole storage (a body may be a slice of a larger buffer)
        /// and an allowance for its head and key.
        var cost: Int { max(body.readableBytes, body.storageCapacity) + 512 }
    }

    /// Most entries kept.
    public let maxEntries: Int
    /// Most bytes kept: bodies' storage, plus a fixed allowance per entry for its head and key.
    public let maxBytes: Int
    /// Larger answers are never kept.
    public let maxEntryBytes: Int
    private let currentGeneration: @Sendable () -> Int
    private let store = Mutex(Store())

    private struct Store {
        var generation = 0
        var entries: [String: Entry] = [:]
        /// Keys in insertion order; `order[first...]` are live.
        var order: [String] = []
        var first = 0
        var bytes = 0

        mutating func evictOldest() {
            let key = order[first]
            first += 1
            if let gone = entries.removeValue(forKey: key) { bytes -= gone.cost }
            if first > 1024, first * 2 > order.count {
                order.removeFirst(first)
                first = 0
            }
        }
    }

    /// `generation` says which catalog is in service now (`CatalogState.generation`).
    public init(maxEntries: Int, maxBytes: Int, maxEntryBytes: Int = 256 * 1024,
                generation: @escaping @Sendable () -> Int) {
        self.maxEntries = max(0, maxEntries)
        self.maxBytes = max(0, maxBytes)
        self.maxEntryBytes = max(0, maxEntryBytes)
        self.currentGeneration = generation
    }

    /// The generation of the catalog in service.
    public var generation: Int { currentGeneration() }

    /// Entries held for the catalog in service and their cost in bytes.
    public var size: (entries: Int, bytes: Int) {
        let generation = currentGeneration()
        return store.withLock { s in
            if s.generation < generation { s = Store(generation: generation) }
            return (s.entries.count, s.bytes)
        }
    }

    /// The answer kept for `key` from the catalog in service, if any.
    public func lookup(_ key: String) -> Entry? {
        let generation = currentGeneration()
        return store.withLock { s in
            if s.generation < generation {
                s = Store(generation: generation)
                return nil
            }
            return s.generation == generation ? s.entries[key] : nil
        }
    }

    /// Keeps `entry` for `key` if it was made from generation `generation` and that is still the
    /// one in service (an answer made before a reload never enters the new generation's cache).
    /// Returns whether it was kept.
    @discardableResult
    public func store(_ key: String, _ entry: Entry, generation: Int) -> Bool {
        let cost = entry.cost
        guard maxEntries > 0, entry.body.readableBytes <= maxEntryBytes, cost <= maxBytes,
              generation == currentGeneration() else { return false }
        return store.withLock { s in
            if s.generation < generation { s = Store(generation: generation) }
            guard s.generation == generation else { return false }
            if let old = s.entries.updateValue(entry, forKey: key) {
                s.bytes += cost - old.cost
            } else {
                s.bytes += cost
                s.order.append(key)
            }
            while s.entries.count > maxEntries || s.bytes > maxBytes { s.evictOldest() }
            return s.entries[key] != nil
        }
    }
}

/// What each connection's `ResponseCacheHandler` is made from.
struct ResponseCacheSetup: Sendable {
    let cache: ResponseCache
    let metrics: ServerMetrics
    let logLevel: Logger.Level

    func makeHandler(logger: Logger) -> ResponseCacheHandler {
        ResponseCacheHandler(cache: cache, metrics: metrics, logger: logger, logLevel: logLevel)
    }
}
