import Foundation
import Synchronization

extension FuzzHarness {
    /// Request methods, picked by the input's first byte.
    static let appMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "GET"]
    /// Request-target prefixes, picked by the second byte, so that most inputs reach a route.
    static let appPrefixes = [
        "/", "/api/series", "/api/search?q=", "/id/", "/sparql?query=", "/sdmx/v1/", "/sdmx/v2/structure/", "/dcat",
        "/browse/", "/api/classifications/", "/api/export/", "/openapi.json", "/health", "/api/events?", "/search?q=",
        "/context.jsonld", "/metrics", "/admin/reload", "/api/concepts/", "/api/series?", "/api/", "/sparql",
        "/api/internship-topics?", "/api/classifications/nace-r2/items?", "",
    ]
    /// Header names, picked by the first byte of each header line.
    static let appHeaderNames = [
        "Accept", "Accept-Language", "If-None-Match", "Content-Type", "Origin", "Cache-Control", "Authorization",
        "Range", "Connection", "Transfer-Encoding", "Content-Length", "Expect", "X-Fuzz",
    ]

    /// One request from fuzz bytes: byte 0 the method, byte 1 the target prefix, then lines
    /// (`\n`): the rest of the target, header lines (first byte the name) up to an empty line,
    /// and the body. CR, LF and spaces of the target are percent-encoded so that the request line
    /// stays one line; header values lose CR and LF.
    public struct AppRequest: Sendable {
        public var method: String
        public var target: String
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]

        public init(_ data: [UInt8]) {
            method = FuzzHarness.appMethods[Int(data.first ?? 0) % FuzzHarness.appMethods.count]
            let prefix = FuzzHarness.appPrefixes[Int(data.dropFirst().first ?? 0) % FuzzHarness.appPrefixes.count]
            var rest = Array(data.dropFirst(2))
            func line() -> [UInt8]? {
                guard !rest.isEmpty else { return nil }
                let end = rest.firstIndex(of: 10) ?? rest.count
                let out = Array(rest[0..<end])
                rest = end < rest.count ? Array(rest[(end + 1)...]) : []
                return out
            }
            var targetBytes: [UInt8] = Array(prefix.utf8)
            for b in line() ?? [] {
                if b == 13 || b == 10 || b == 32 || b < 32 || b == 127 {
                    targetBytes += Array(String(format: "%%%02X", b).utf8)
                } else {
                    targetBytes.append(b)
                }
            }
            if targetBytes.first != UInt8(ascii: "/") && targetBytes.first != UInt8(ascii: "*") { targetBytes.insert(UInt8(ascii: "/"), at: 0) }
            target = String(decoding: targetBytes, as: UTF8.self)
            headers = []
            while let l = line(), !l.isEmpty, headers.count < 16 {
                let name = FuzzHarness.appHeaderNames[Int(l[0]) % FuzzHarness.appHeaderNames.count]
                let value = String(decoding: l.dropFirst().filter { $0 != 13 && $0 != 10 && $0 != 0 }, as: UTF8.self)
                if name == "Content-Length" || name == "Transfer-Encoding" { continue }  // framing is ours
                headers.append((name, value))
            }
            body = rest
        }

        /// The bytes on the wire.
        public var wire: [UInt8] {
            var text = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
            for (name, value) in headers { text += "\(name): \(value)\r\n" }
            if !body.isEmpty || method == "POST" || method == "PUT" || method == "PATCH" { text += "Content-Length: \(body.count)\r\n" }
            text += "\r\n"
            return Array(text.utf8) + body
        }
    }

    /// What one request got: the status, and a violation when the answer breaks a promise.
    public struct AppVerdict: Sendable {
        public var status: Int
        public var violation: String?
    }

    private static let appClient = Mutex(Result { LoopbackClient(port: try AppUnderTest.shared.get().port) })

    /// Sends `request` to the application (started on first use; see `AppUnderTest.shared`) and
    /// checks the answer: a response always comes (the
    /// server is alive); no 5xx but 501 from the SPARQL and SDMX routes (a feature the standard
    /// lets a service leave out); every 4xx carries a problem document or an SDMX error message.
    public static func appExchange(_ request: AppRequest) -> AppVerdict {
        appClient.withLock { started in
            let client: LoopbackClient
            switch started {
            case .success(let c): client = c
            case .failure(let error): return AppVerdict(status: 0, violation: "the application did not start: \(error)")
            }
            var response: LoopbackClient.Response?
            var failure = ""
            for _ in 0..<2 where response == nil {  // a connection the server closed is reopened once
                do { response = try client.exchange(request.wire, head: request.method == "HEAD") } catch {
                    failure = String(describing: error)
                    client.close()
                }
            }
            guard let response else { return AppVerdict(status: 0, violation: "no response: \(failure)") }
            let path = String(request.target.prefix { $0 != "?" })
            if response.status >= 500 {
                let allowed = response.status == 501 && (path.hasPrefix("/sparql") || path.hasPrefix("/sdmx/"))
                if !allowed {
                    return AppVerdict(status: response.status, violation: "\(response.status): "
                                      + String(decoding: response.body.prefix(400), as: UTF8.self))
                }
            }
            if (400..<500).contains(response.status), request.method != "HEAD", response.status != 405 || !response.body.isEmpty {
                let type = response.header("content-type") ?? ""
                if !type.hasPrefix("application/problem+json") && !type.contains("xml") {
                    return AppVerdict(status: response.status, violation: "\(response.status) without a problem document (\(type))")
                }
            }
            return AppVerdict(status: response.status, violation: nil)
        }
    }

    /// The fuzz target: a violation is a finding (the process aborts with the request printed).
    public static func app(_ data: UnsafeRawBufferPointer) {
        let request = AppRequest(Array(data))
        let verdict = appExchange(request)
        if let violation = verdict.violation {
            FileHandle.standardError.write(Data("lodestat-fuzz app: \(violation)\nrequest:\n".utf8) + Data(request.wire.prefix(2000)) + Data("\n".utf8))
            abort()
        }
    }
}
