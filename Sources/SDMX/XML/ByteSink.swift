import Foundation

/// Where a writer sends its bytes: a file, standard output, or memory. Writers push chunks
/// as they go (nothing is built in memory first).
public final class ByteSink {
    private let body: (UnsafeRawBufferPointer) throws -> Void
    private let onClose: () throws -> Void
    private var collected: [UInt8] = []
    private let collects: Bool

    /// A sink calling `body` for each chunk.
    public init(_ body: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.body = body
        onClose = {}
        collects = false
    }

    private init(collecting: Void) {
        body = { _ in }
        onClose = {}
        collects = true
    }

    private init(handle: FileHandle, closes: Bool) {
        let fd = handle.fileDescriptor
        body = { chunk in
            guard let base = chunk.baseAddress else { return }
            var offset = 0
            while offset < chunk.count {
                let n = Foundation.write(fd, base + offset, chunk.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw SDMXError.write("write failed: \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
        onClose = { if closes { try handle.close() } }
        collects = false
    }

    /// A sink that keeps the bytes (read them with `bytes`).
    public static func memory() -> ByteSink { ByteSink(collecting: ()) }

    /// A sink writing (and truncating) the file at `path`.
    public static func file(_ path: String) throws -> ByteSink {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw SDMXError.write("cannot open \(path) for writing")
        }
        return ByteSink(handle: handle, closes: true)
    }

    /// A sink writing to standard output.
    public static func standardOutput() -> ByteSink { ByteSink(handle: .standardOutput, closes: false) }

    private var pending: [UInt8] = []
    private static let flushSize = 1 << 16

    /// Writes bytes (file sinks batch small chunks into 64 KiB writes).
    public func write(_ chunk: UnsafeRawBufferPointer) throws {
        if collects { collected.append(contentsOf: chunk); return }
        pending.append(contentsOf: chunk)
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Pushes batched bytes out.
    public func flush() throws {
        guard !pending.isEmpty else { return }
        try pending.withUnsafeBytes { try body($0) }
        pending.removeAll(keepingCapacity: true)
    }

    public func write(_ string: String) throws {
        var s = string
        try s.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// The bytes collected by a memory sink.
    public var bytes: [UInt8] { collected }

    /// Flushes and closes a file sink.
    public func close() throws {
        try flush()
        try onClose()
    }
}
