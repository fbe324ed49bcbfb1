import Foundation
import RDF

/// Per-query state the functions need: the query time (NOW), the base IRI (IRI()),
/// blank-node allocation for BNODE, and random numbers.
public final class FunctionContext: @unchecked Sendable {
    /// The instant NOW() returns for the whole query.
    public let now: Date
    /// The base IRI relative IRIs given to IRI()/URI() resolve against.
    public let baseIRI: String?
    /// The solution row that `call("BNODE", [label], context)` allocates for: the evaluator sets it
    /// before evaluating each row (or calls `bnode(for:row:)` itself).
    public var row: Int {
        get { lock.lock(); defer { lock.unlock() }; return currentRow }
        set { lock.lock(); currentRow = newValue; lock.unlock() }
    }
    private var currentRow = 0

    private let lock = NSLock()
    private var counter = 0
    private var labelled: [LabelKey: Term] = [:]
    private let prefix: String
    private var rng: SystemRandomNumberGenerator

    private struct LabelKey: Hashable { let label: String; let row: Int }

    public init(now: Date = Date(), baseIRI: String? = nil) {
        self.now = now
        self.baseIRI = baseIRI
        self.rng = SystemRandomNumberGenerator()
        // A per-query prefix keeps generated labels apart from the data's own blank nodes.
        self.prefix = "f" + String(UInt32.random(in: 0...UInt32.max, using: &rng), radix: 36) + "b"
    }

    /// BNODE(): a fresh blank node (nil label), or the same node for the same label within one row.
    public func bnode(for label: String?, row: Int) -> Term {
        lock.lock(); defer { lock.unlock() }
        if let label {
            let key = LabelKey(label: label, row: row)
            if let t = labelled[key] { return t }
            let t = freshLocked()
            labelled[key] = t
            return t
        }
        return freshLocked()
    }

    private func freshLocked() -> Term {
        counter += 1
        return .blankNode(prefix + String(counter))
    }

    /// RAND(): a double in [0, 1).
    public func random() -> Double {
        lock.lock(); defer { lock.unlock() }
        return Double.random(in: 0..<1, using: &rng)
    }

    /// UUID()/STRUUID(): a fresh version-4 UUID, lower-case.
    public func uuid() -> String {
        UUID().uuidString.lowercased()
    }
}
