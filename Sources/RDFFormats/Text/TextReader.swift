/// A buffered, streaming byte reader for the text formats, tracking line and column.
///
/// The buffer keeps everything from the start of the current line (or the current token,
/// whichever is earlier), so that a column can be computed when an error is reported.
/// Code that scans a token keeps offsets relative to `pos`, which stay valid across `fill`.
final class TextReader {
    let source: ByteSource
    let fileName: String?
    private(set) var buf: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var pos = 0
    private(set) var end = 0
    private var eof = false
    var line = 1
    var lineStart = 0

    init(source: ByteSource, fileName: String? = nil, chunk: Int = 1 << 18) {
        self.source = source
        self.fileName = fileName
        capacity = chunk
        buf = .allocate(capacity: chunk + 8)
    }

    deinit { buf.deallocate() }

    /// Makes at least `count` bytes available from `pos`; false if the input ends first.
    @inline(__always)
    func ensure(_ count: Int) throws -> Bool {
        if pos + count <= end { return true }
        return try fill(count)
    }

    private func fill(_ count: Int) throws -> Bool {
        while pos + count > end {
            if eof { return false }
            let keep = min(lineStart, pos)
            if keep > 0 {
                let n = end - keep
                if n > 0 { (buf).update(from: buf + keep, count: n) }
                end = n
                pos -= keep
                lineStart -= keep
            }
            if end + 4096 > capacity {
                let newCapacity = capacity * 2
                let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 8)
                nb.update(from: buf, count: end)
                buf.deallocate()
                buf = nb
                capacity = newCapacity
            }
            let n = try source.read(into: buf + end, max: capacity - end)
            if n == 0 { eof = true } else { end += n }
        }
        return true
    }

    /// The byte at `pos + offset`, or nil at the end of the input.
    @inline(__always)
    func peek(_ offset: Int = 0) throws -> UInt8? {
        if pos + offset < end { return buf[pos + offset] }
        return try ensure(offset + 1) ? buf[pos + offset] : nil
    }

    /// True at the end of the input.
    func atEnd() throws -> Bool { try peek() == nil }

    /// Records a newline consumed at `pos + offset` (the byte before the new line's first byte).
    @inline(__always)
    func newline(at offset: Int) {
        line += 1
        lineStart = pos + offset + 1
    }

    /// The column (1-based, in characters) of `pos + offset`.
    func column(at offset: Int = 0) -> Int {
        var col = 1
        var i = lineStart
        let target = min(pos + offset, end)
        while i < target {
            if buf[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return col
    }

    /// A syntax error at `pos + offset`.
    func error(_ message: String, at offset: Int = 0) -> RDFSyntaxError {
        RDFSyntaxError(file: fileName, line: line, column: column(at: offset), message: message)
    }

    /// A string made of the `count` bytes at `pos + offset`, known to be ASCII.
    @inline(__always)
    func asciiString(at offset: Int, count: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: buf + pos + offset, count: count), as: UTF8.self)
    }

    /// A string made of the `count` bytes at `pos + offset`, checked as UTF-8.
    func string(at offset: Int, count: Int) throws -> String {
        let p = UnsafeBufferPointer(start: buf + pos + offset, count: count)
        var ascii = true
        for b in p where b >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: p, as: UTF8.self) }
        guard let s = String(validating: p, as: UTF8.self) else {
            throw error("invalid UTF-8", at: offset + invalidUTF8Offset(p))
        }
        return s
    }

    /// A string from bytes collected elsewhere (after unescaping), checked as UTF-8.
    func string(from bytes: [UInt8], errorAt offset: Int) throws -> String {
        guard let s = String(validating: bytes, as: UTF8.self) else { throw error("invalid UTF-8", at: offset) }
        return s
    }

    private func invalidUTF8Offset(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < p.count {
            let (_, len) = decodeScalar(p, i)
            if len == 0 { return i }
            i += len
        }
        return 0
    }
}

/// Decodes one UTF-8 scalar at `i`: (value, length), length 0 when invalid or truncated.
@inline(__always)
func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (b0, 1) }
    func cont(_ k: Int) -> UInt32? {
        guard i + k < p.count, p[i + k] & 0xC0 == 0x80 else { return nil }
        return UInt32(p[i + k] & 0x3F)
    }
    if b0 & 0xE0 == 0xC0, b0 >= 0xC2, let c1 = cont(1) { return (((b0 & 0x1F) << 6) | c1, 2) }
    if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
        let v = ((b0 & 0x0F) << 12) | (c1 << 6) | c2
        if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) { return (0, 0) }
        return (v, 3)
    }
    if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
        let v = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
        if v < 0x10000 || v > 0x10FFFF { return (0, 0) }
        return (v, 4)
    }
    return (0, 0)
}

/// Appends the UTF-8 encoding of `v` to `out`.
@inline(__always)
func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    if v < 0x80 { out.append(UInt8(v)) }
    else if v < 0x800 { out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F))) }
    else if v < 0x10000 {
        out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
    }
}
