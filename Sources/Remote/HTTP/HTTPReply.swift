/// One HTTP answer from the engine: status, media type and body bytes.
public struct HTTPReply: Sendable {
    public let status: Int
    /// The `Content-Type` header as sent (parameters included), or "" when absent.
    public let contentType: String
    public let body: [UInt8]

    public init(status: Int, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The start of the body as text, for error messages (engines put their explanation there).
    public var message: String {
        let text = String(decoding: body.prefix(600), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
