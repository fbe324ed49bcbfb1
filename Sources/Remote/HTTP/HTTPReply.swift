/// One HTTP answer from the engine: status, media type, header fields and body bytes.
public struct HTTPReply: Sendable {
    public let status: Int
    /// The `Content-Type` header as sent (parameters included), or "" when absent.
    public let contentType: String
    public let body: [UInt8]
    /// The header fields, by lower-cased name.
    public let headers: [String: String]

    public init(status: Int, contentType: String, body: [UInt8], headers: [String: String] = [:]) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    public var isSuccess: Bool { (200..<300).contains(status) }

    /// Whether the engine says the answer is cut short: Virtuoso's "anytime" answers to a query that
    /// ran out of its `timeout` (206 Partial Content, or an `X-SQL-State` header with a 200). A
    /// partial subgraph would be served as if it were whole, so it counts as a timeout.
    public var isPartial: Bool { status == 206 || headers["x-sql-state"] != nil }

    /// The start of the body as text, for error messages (engines put their explanation there).
    public var message: String {
        let text = String(decoding: body.prefix(600), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
