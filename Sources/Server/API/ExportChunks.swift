import Hummingbird
import NIOCore

/// The body of a streamed export as it is written: text is gathered into a chunk of about
/// `chunkBytes` and sent when full, so an export holds one chunk in memory rather than its
/// whole body (the writer waits while the connection cannot take more).
struct ExportChunks: TextOutputStream {
    /// 64 KiB: large enough that sending costs little per byte, small next to any catalog.
    static let defaultChunkBytes = 64 * 1024

    private var bytes: [UInt8] = []
    private let chunkBytes: Int

    init(chunkBytes: Int = ExportChunks.defaultChunkBytes) {
        self.chunkBytes = max(1, chunkBytes)
        bytes.reserveCapacity(self.chunkBytes + self.chunkBytes / 4)
    }

    mutating func write(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    mutating func write(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    /// Sends the gathered bytes when they fill a chunk.
    mutating func sendIfFull(to writer: inout any ResponseBodyWriter) async throws {
        if bytes.count >= chunkBytes { try await send(to: &writer) }
    }

    /// Sends whatever is gathered.
    mutating func send(to writer: inout any ResponseBodyWriter) async throws {
        guard !bytes.isEmpty else { return }
        let buffer = ByteBuffer(bytes: bytes)
        bytes.removeAll(keepingCapacity: true)
        try await writer.write(buffer)
    }
}
