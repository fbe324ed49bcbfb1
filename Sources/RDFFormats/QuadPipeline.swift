import Foundation
import RDF

/// Runs a parse on a helper thread and hands its quads to the handler on the calling thread, in
/// order, in batches through a short bounded queue (so memory stays bounded: streaming is kept).
/// Parsing and the handler's work (e.g. dictionary encoding) then overlap on two cores.
/// An error in the parse reaches the caller after the quads before it; an error in the handler
/// stops the parse. `run` returns only once the helper thread is done with the source.
final class QuadPipeline: @unchecked Sendable {
    static let batchSize = 1024
    static let maxQueuedBatches = 16

    private let condition = NSCondition()
    private var queue: [[Quad]] = []
    private var finished = false
    private var cancelled = false
    private var failure: Error?

    private struct Cancelled: Error {}

    /// Calls `parse` on a helper thread with an emit function; quads go to `handler` here.
    static func run(_ parse: @escaping @Sendable (_ emit: (consuming Quad) throws -> Void) throws -> Void,
                    _ handler: (Quad) throws -> Void) throws {
        let pipeline = QuadPipeline()
        let thread = Thread { pipeline.produce(parse) }
        thread.stackSize = 8 << 20
        thread.start()
        defer { pipeline.waitUntilFinished() }
        try pipeline.consume(handler)
    }

    private func produce(_ parse: (_ emit: (consuming Quad) throws -> Void) throws -> Void) {
        var batch: [Quad] = []
        batch.reserveCapacity(Self.batchSize)
        var parseError: Error?
        do {
            try parse { (quad: consuming Quad) in
                batch.append(quad)
                if batch.count == Self.batchSize {
                    // The full batch is moved to the queue and a fresh one started, so the quads are
                    // always destroyed by the consumer: reusing the buffer (`removeAll(keepingCapacity:)`)
                    // would destroy them here whenever the consumer had already let go of it.
                    var full: [Quad] = []
                    full.reserveCapacity(Self.batchSize)
                    swap(&full, &batch)
                    try self.push(full)
                }
            }
        } catch {
            parseError = error
        }
        if !(parseError is Cancelled) {
            if !batch.isEmpty { try? push(batch) }  // the quads before an error are delivered first
            condition.lock()
            failure = parseError
            condition.unlock()
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private func push(_ batch: consuming [Quad]) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.maxQueuedBatches && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        queue.append(batch)
        condition.broadcast()
    }

    private func consume(_ handler: (Quad) throws -> Void) throws {
        while true {
            condition.lock()
            while queue.isEmpty && !finished { condition.wait() }
            if queue.isEmpty {
                let failure = self.failure
                condition.unlock()
                if let failure { throw failure }
                return
            }
            let batch = queue.removeFirst()
            condition.broadcast()
            condition.unlock()
            do {
                try batch.withUnsafeBufferPointer { quads in  // borrowed, not copied
                    for i in quads.indices { try handler(quads[i]) }
                }
            } catch {
                condition.lock()
                cancelled = true
                condition.broadcast()
                condition.unlock()
                throw error
            }
        }
    }

    private func waitUntilFinished() {
        condition.lock()
        while !finished {
            cancelled = true  // after a handler error or normal end; a finished producer ignores it
            condition.broadcast()
            condition.wait()
        }
        condition.unlock()
    }
}
