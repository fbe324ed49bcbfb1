#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output as a `TextOutputStream`.
struct StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        writeAll(fd: 1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    writeAll(fd: 2, Array((message + "\n").utf8))
}

/// Writes `bytes` to a file descriptor, retrying partial writes.
func writeAll(fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
        var done = 0
        while done < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 { if errno == EINTR { continue }; return }
            done += n
        }
    }
}

/// True when standard error is a terminal (progress is shown only then).
var standardErrorIsTerminal: Bool { isatty(2) != 0 }

/// True when standard output is a terminal (tables are the default output only then).
var standardOutputIsTerminal: Bool { isatty(1) != 0 }
