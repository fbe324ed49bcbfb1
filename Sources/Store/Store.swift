import Synchronization

/// The current snapshot, swapped atomically: readers take a snapshot and keep it for
/// the whole of their work; a reload builds a new one beside it and swaps it in.
public final class Store: Sendable {
    private let current: Mutex<StoreSnapshot>

    public init(_ snapshot: StoreSnapshot = StoreSnapshot()) {
        current = Mutex(snapshot)
    }

    /// The snapshot in service now.
    public var snapshot: StoreSnapshot { current.withLock { $0 } }

    /// Puts `snapshot` in service; returns the one it replaces.
    @discardableResult
    public func swap(_ snapshot: StoreSnapshot) -> StoreSnapshot {
        current.withLock { old in
            let previous = old
            old = snapshot
            return previous
        }
    }
}
