import Foundation

/// One HTTP request to the engine, as `EngineTransport` sends it.
public struct EngineRequest: Sendable {
    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: [UInt8]?
    /// Seconds the exchange may take, connection included; past it the exchange is cancelled and
    /// `RemoteError.timeout` thrown.
    public var timeout: Double
    /// Whether the request is idempotent and may be sent once more after a 5xx or a broken connection.
    public var retry: Bool

    public init(method: String, url: URL, headers: [String: String] = [:], body: [UInt8]? = nil,
                timeout: Double, retry: Bool = false) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.retry = retry
    }

    /// The fields of a form-encoded body (`name=value&…`), decoded; empty for any other body.
    public var formFields: [(name: String, value: String)] {
        guard headers["Content-Type"] == "application/x-www-form-urlencoded", let body else { return [] }
        return String(decoding: body, as: UTF8.self).split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}

/// How requests reach the engine: `HTTPExchange` (URLSession) in service; tests and the fuzz
/// harness put a recording engine in its place, so everything above it runs as in service.
public protocol EngineTransport: Sendable {
    /// Sends `request`; any status is returned, transport failures and timeouts throw `RemoteError`s.
    func send(_ request: EngineRequest) async throws -> HTTPReply
}
