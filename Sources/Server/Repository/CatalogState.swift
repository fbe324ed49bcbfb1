import Foundation
import Store
import Synchronization

/// The catalog in service, swapped atomically: a request takes one `ServedCatalog` and keeps it
/// for its whole answer; a reload builds the next one beside it and swaps it in.
public final class CatalogState: Sendable {
    private let current: Mutex<ServedCatalog>
    /// The base every resource IRI is under.
    public let baseIRI: String

    public init(snapshot: StoreSnapshot, baseIRI: String) {
        current = Mutex(ServedCatalog(snapshot: snapshot, generation: 1))
        self.baseIRI = baseIRI
    }

    /// The catalog in service now.
    public var served: ServedCatalog { current.withLock { $0 } }

    /// Puts `snapshot` in service; returns the new generation.
    @discardableResult
    public func replace(with snapshot: StoreSnapshot) -> Int {
        current.withLock { old in
            old = ServedCatalog(snapshot: snapshot, generation: old.generation + 1)
            return old.generation
        }
    }
}
