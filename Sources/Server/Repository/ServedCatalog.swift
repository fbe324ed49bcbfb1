import Foundation
import Store

/// One catalog as served: its snapshot and what was derived from it, never changed once built.
public struct ServedCatalog: Sendable {
    public let snapshot: StoreSnapshot
    /// 1 for the first catalog, +1 on every successful reload.
    public let generation: Int
    public let loadedAt: Date

    public init(snapshot: StoreSnapshot, generation: Int, loadedAt: Date = Date()) {
        self.snapshot = snapshot
        self.generation = generation
        self.loadedAt = loadedAt
    }
}
