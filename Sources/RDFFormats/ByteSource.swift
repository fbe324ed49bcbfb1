import RDF
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read in chunks: a file, standard input, or bytes in memory.
public final class ByteSource {
    private enum Backing { case fd(Int32, close: Bool), memory([UInt8], position: Int) }
    private var backing: Backing
    /// The name used in error messages.
    public let name: String
    /// Bytes read so far.
    public private(set) var bytesRead = 0
    /// The size of the input when known (regular files and memory), for progress displays.
    public private(set) var totalBytes: Int?

    /// Opens a file for reading ("-" is standard input).
    public init(path: String) throws {
        name = path
        if path == "-" { backing = .fd(0, close: false); return }
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw RDFIOError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG { totalBytes = Int(st.st_size) }
        backing = .fd(fd, close: true)
    }

    public init(bytes: [UInt8], name: String = "<memory>") {
        self.name = name
        totalBytes = bytes.count
        backing = .memory(bytes, position: 0)
    }

    public convenience init(string: String, name: String = "<memory>") {
        self.init(bytes: Array(string.utf8), name: name)
    }

    deinit { if case .fd(let fd, true) = backing { _ = close(fd) } }

    /// Reads up to `max` bytes into `buffer` at `offset`; returns the number read, 0 at the end.
    public func read(into buffer: UnsafeMutableRawPointer, max: Int) throws -> Int {
        switch backing {
        case .fd(let fd, _):
            while true {
                let n = Glibc.read(fd, buffer, max)
                if n >= 0 { bytesRead += n; return n }
                if errno == EINTR { continue }
                throw RDFIOError.readFailed(path: name, reason: String(cString: strerror(errno)))
            }
        case .memory(let bytes, let position):
            let n = min(max, bytes.count - position)
            if n > 0 {
                bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + position, byteCount: n) }
                backing = .memory(bytes, position: position + n)
                bytesRead += n
            }
            return n
        }
    }

    /// Reads everything that is left.
    public func readAll() throws -> [UInt8] {
        if case .memory(let bytes, let position) = backing {
            backing = .memory(bytes, position: bytes.count)
            return Array(bytes[position...])
        }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { (p) -> Int in try read(into: p.baseAddress!, max: p.count) }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }
}

/// I/O failures around parsing and serializing (syntax errors are `RDFSyntaxError`).
public enum RDFIOError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case unsupported(format: RDFFormat, operation: String)
    case unknownFormat(path: String)

    public var description: String {
        switch self {
        case .cannotOpen(let p, let r): return "\(p): cannot open: \(r)"
        case .readFailed(let p, let r): return "\(p): read failed: \(r)"
        case .unsupported(let f, let op): return "\(f.displayName): \(op) is not supported"
        case .unknownFormat(let p):
            return "\(p): cannot tell the RDF format from the extension (.nt .nq .ttl .trig .rdf .jsonld)"
        }
    }
}

extension ByteSource {
    /// The `file://` IRI of a local path (made absolute against the working directory), the
    /// default base for documents read from files. Nil for standard input.
    public static func fileIRI(forPath path: String) -> String? {
        if path == "-" { return nil }
        var absolute = path
        if !path.hasPrefix("/") {
            var buf = [CChar](repeating: 0, count: 4096)
            guard getcwd(&buf, buf.count) != nil else { return nil }
            absolute = String(cString: buf) + "/" + path
        }
        var out = "file://"
        for b in IRI.removeDotSegments(absolute).utf8 {
            let unreserved = isAlnumASCII(b) || "/-._~!$&'()*+,;=:@".utf8.contains(b)
            if unreserved { out.unicodeScalars.append(Unicode.Scalar(b)) } else {
                out += "%" + String(b >> 4, radix: 16, uppercase: true) + String(b & 15, radix: 16, uppercase: true)
            }
        }
        return out
    }

    private static func isAlnumASCII(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
}
