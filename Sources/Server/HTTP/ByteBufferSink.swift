import NIOCore

/// A `TextOutputStream` that writes straight into the `ByteBuffer` an answer is sent from, so a
/// serializer's output is neither grown as a `String` nor copied into a buffer afterwards.
struct ByteBufferSink: TextOutputStream {
    private(set) var buffer: ByteBuffer

    init(capacity: Int) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    mutating func write(_ string: String) {
        buffer.writeString(string)
    }
}
