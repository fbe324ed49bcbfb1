import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request to the engine with URLSession (FoundationNetworking on Linux: part of
/// the toolchain, so no TLS stack to build) and turns transport failures into `RemoteError`s.
public struct HTTPExchange: Sendable {
    /// Seconds a request may take, connection included.
    public let timeout: Double
    private let session: URLSession

    public init(timeout: Double) {
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpMaximumConnectionsPerHost = 16
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    /// Sends `method url` with `headers` and `body`; any status is returned, transport errors throw.
    /// An idempotent request (`retry`) is sent once more after a 5xx or a broken connection: a pooled
    /// keep-alive connection the engine has meanwhile timed out answers the next request with an
    /// error (Oxigraph: 500 "Resource temporarily unavailable"). Timeouts are never retried.
    public func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: [UInt8]? = nil,
                     retry: Bool = false) async throws -> HTTPReply {
        guard retry else { return try await once(method, url, headers: headers, body: body) }
        do {
            let reply = try await once(method, url, headers: headers, body: body)
            if reply.status < 500 { return reply }
        } catch RemoteError.unreachable {}
        return try await once(method, url, headers: headers, body: body)
    }

    func once(_ method: String, _ url: URL, headers: [String: String], body: [UInt8]?) async throws -> HTTPReply {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body { request.httpBody = Data(body) }
        let label = url.absoluteString, timeout = timeout
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error = error as? URLError {
                    continuation.resume(throwing: error.code == .timedOut
                        ? RemoteError.timeout(url: label, seconds: timeout)
                        : RemoteError.unreachable(url: label, reason: error.localizedDescription))
                    return
                }
                if let error {
                    continuation.resume(throwing: RemoteError.unreachable(url: label, reason: String(describing: error)))
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    continuation.resume(throwing: RemoteError.unreadableAnswer(url: label, reason: "not an HTTP answer"))
                    return
                }
                let type = http.value(forHTTPHeaderField: "Content-Type") ?? ""
                continuation.resume(returning: HTTPReply(status: http.statusCode, contentType: type,
                                                         body: data.map { [UInt8]($0) } ?? []))
            }.resume()
        }
    }

    /// A URL from user input, refusing anything but http and https.
    public static func url(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else { throw RemoteError.invalidURL(text) }
        return url
    }

    /// `url` with `items` appended to its query string (form-encoded).
    public static func url(_ url: URL, adding items: [(String, String)]) -> URL {
        guard var parts = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url }
        var query = parts.percentEncodedQuery.map { [$0] } ?? []
        for (k, v) in items { query.append(formEncode(k) + "=" + formEncode(v)) }
        parts.percentEncodedQuery = query.joined(separator: "&")
        return parts.url ?? url
    }

    /// `application/x-www-form-urlencoded` encoding of one name or value.
    public static func formEncode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._*")
        return (s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s)
    }
}
