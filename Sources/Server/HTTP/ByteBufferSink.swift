import NIOCore

/// A `TextOutputStream` that collects UTF-8 bytes for an answer's body: appending a string's bytes
/// to an array is cheaper than growing a `String`, or than writing into a `ByteBuffer` piece by piece
/// (which checks its storage on every write); the body is copied into its buffer once.
struct ByteBufferSink: TextOutputStream {
    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// The bytes written, in one buffer.
    var buffer: ByteBuffer { ByteBuffer(bytes: bytes) }
}
