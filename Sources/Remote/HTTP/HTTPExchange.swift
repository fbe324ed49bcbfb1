import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// Sends HTTP requests to the engine with URLSession (FoundationNetworking on Linux: part of
/// the toolchain, so no TLS stack to build) and turns transport failures into `RemoteError`s.
///
/// Each exchange has a hard client-side deadline (`EngineRequest.timeout`): when it passes, or when
/// the task awaiting the answer is cancelled, the URLSession task is cancelled, which closes its
/// connection, so an engine that stops a query when its client leaves stops it.
public struct HTTPExchange: EngineTransport {
    /// Seconds a request may take by default, connection included.
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

    /// Sends `method url` with `headers` and `body` under the default timeout.
    public func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: [UInt8]? = nil,
                     retry: Bool = false) async throws -> HTTPReply {
        try await send(EngineRequest(method: method, url: url, headers: headers, body: body, timeout: timeout, retry: retry))
    }

    /// Sends `request`; any status is returned, transport errors throw.
    /// An idempotent request (`retry`) is sent once more after a 5xx or a broken connection: a pooled
    /// keep-alive connection the engine has meanwhile timed out answers the next request with an
    /// error (Oxigraph: 500 "Resource temporarily unavailable"). Timeouts are never retried, nor is
    /// anything once the deadline has passed.
    public func send(_ request: EngineRequest) async throws -> HTTPReply {
        guard request.retry else { return try await once(request, timeout: request.timeout) }
        let start = ContinuousClock.now
        do {
            let reply = try await once(request, timeout: request.timeout)
            if reply.status < 500 { return reply }
        } catch RemoteError.unreachable {}
        let left = request.timeout - Self.seconds(ContinuousClock.now - start)
        guard left > 0 else { throw RemoteError.timeout(url: request.url.absoluteString, seconds: request.timeout) }
        try Task.checkCancellation()
        return try await once(request, timeout: left)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// One exchange, cancelled when `timeout` passes or the awaiting task is cancelled.
    func once(_ engineRequest: EngineRequest, timeout: Double) async throws -> HTTPReply {
        let url = engineRequest.url
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = engineRequest.method
        for (name, value) in engineRequest.headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body = engineRequest.body { request.httpBody = Data(body) }
        let label = url.absoluteString, budget = engineRequest.timeout
        let control = ExchangeControl()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPReply, any Error>) in
                let task = session.dataTask(with: request) { data, response, error in
                    control.finished()
                    if let error {
                        switch control.stopReason {
                        case .deadline: continuation.resume(throwing: RemoteError.timeout(url: label, seconds: budget))
                        case .cancelled: continuation.resume(throwing: CancellationError())
                        case nil:
                            if let error = error as? URLError {
                                continuation.resume(throwing: error.code == .timedOut
                                    ? RemoteError.timeout(url: label, seconds: budget)
                                    : RemoteError.unreachable(url: label, reason: error.localizedDescription))
                            } else {
                                continuation.resume(throwing: RemoteError.unreachable(url: label, reason: String(describing: error)))
                            }
                        }
                        return
                    }
                    guard let http = response as? HTTPURLResponse else {
                        continuation.resume(throwing: RemoteError.unreadableAnswer(url: label, reason: "not an HTTP answer"))
                        return
                    }
                    var headers: [String: String] = [:]
                    for (name, value) in http.allHeaderFields {
                        if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
                    }
                    continuation.resume(returning: HTTPReply(status: http.statusCode,
                                                             contentType: headers["content-type"] ?? "",
                                                             body: data.map { [UInt8]($0) } ?? [], headers: headers))
                }
                control.start(task, deadline: timeout)
            }
        } onCancel: {
            control.stop(.cancelled)
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

/// The URLSession task of one exchange and why it was stopped, shared by the completion handler,
/// the deadline timer and the cancellation handler (any of which may come first).
final class ExchangeControl: Sendable {
    enum StopReason: Sendable { case deadline, cancelled }

    private struct State {
        var task: URLSessionDataTask?
        var stopReason: StopReason?
        var done = false
    }
    private let state = Mutex(State())

    var stopReason: StopReason? { state.withLock { $0.stopReason } }

    /// Starts `task` and arms its deadline; a stop that came first cancels it at once.
    func start(_ task: URLSessionDataTask, deadline seconds: Double) {
        let stopped = state.withLock { s -> Bool in
            if !s.done { s.task = task }
            return s.stopReason != nil
        }
        task.resume()
        if stopped { task.cancel(); return }
        DispatchQueue.global().asyncAfter(deadline: .now() + max(0, seconds)) { [self] in stop(.deadline) }
    }

    /// The exchange ended: the task (and what it holds) is let go; the pending deadline finds nothing to stop.
    func finished() {
        state.withLock { s in
            s.done = true
            s.task = nil
        }
    }

    /// Cancels the task (once) and remembers why.
    func stop(_ reason: StopReason) {
        let task = state.withLock { s -> URLSessionDataTask? in
            guard s.stopReason == nil, !s.done else { return nil }
            s.stopReason = reason
            return s.task
        }
        task?.cancel()
    }
}
