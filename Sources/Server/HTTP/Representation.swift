import Hummingbird
import NIOCore

/// One answer body with its media type, before conditional-request handling.
public struct Representation: Sendable {
    /// The body, kept as the buffer every answer sends (shared, not copied, by cached answers).
    public let body: ByteBuffer
    public let mediaType: String
    /// Extra headers (`Vary`, `Content-Language`, `Link`…).
    public var headers: HTTPFields
    /// A strong validator: a 64-bit hash of the bytes (a word at a time) and the media type
    /// (computed once, so a cached representation is not hashed again on every answer).
    public let etag: String

    public init(body: ByteBuffer, mediaType: String, headers: HTTPFields = [:]) {
        self.body = body
        self.mediaType = mediaType
        self.headers = headers
        self.etag = Representation.validator(of: body.readableBytesView, mediaType: mediaType)
    }

    public init(bytes: [UInt8], mediaType: String, headers: HTTPFields = [:]) {
        self.init(body: ByteBuffer(bytes: bytes), mediaType: mediaType, headers: headers)
    }

    public init(text: String, mediaType: String, headers: HTTPFields = [:]) {
        self.init(body: ByteBuffer(string: text), mediaType: mediaType, headers: headers)
    }

    /// The body's bytes.
    public var bytes: [UInt8] { Array(body.readableBytesView) }

    static func validator(of bytes: ByteBufferView, mediaType: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // Eight bytes a step, each word mixed (multiply, then fold the high half down), then the
        // last bytes one by one as FNV-1a.
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 32
                i += 8
            }
            while i < raw.count {
                h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01b3
                i += 1
            }
        }
        for b in mediaType.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        let hex = String(h, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// The answer to `request`: 304 when its `If-None-Match` names this representation's ETag,
    /// else 200 with the body, `ETag` and `Cache-Control`.
    public func response(to request: Request, cacheControl: String?) -> Response {
        var headers = self.headers
        let tag = etag
        headers[.eTag] = tag
        if let cacheControl { headers[.cacheControl] = cacheControl }
        if let inm = request.headers[.ifNoneMatch], Representation.matches(ifNoneMatch: inm, etag: tag),
           request.method == .get || request.method == .head {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = mediaType
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// Weak comparison (RFC 9110 §13.1.2): `*` or any listed tag equal to `etag` ignoring `W/`.
    public static func matches(ifNoneMatch header: String, etag: String) -> Bool {
        let strip: (Substring) -> Substring = { $0.hasPrefix("W/") ? $0.dropFirst(2) : $0 }
        for part in header.split(separator: ",") {
            let tag = part.trimmingCharacters(in: " \t")
            if tag == "*" || strip(Substring(tag)) == strip(Substring(etag)) { return true }
        }
        return false
    }
}
