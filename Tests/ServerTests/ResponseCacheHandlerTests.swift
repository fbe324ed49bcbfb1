import HTTPTypes
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
@testable import Server
import Synchronization
import Testing

/// `ResponseCacheHandler` in a channel of its own: what reaches the router, what is answered
/// from the cache, and in which order.
@Suite("Response cache handler")
struct ResponseCacheHandlerTests {
    final class Harness {
        let channel = EmbeddedChannel()
        let generation = ResponseCacheTests.Generation()
        let cache: ResponseCache
        let metrics = ServerMetrics()

        let lines = CapturedLines()

        init(maxEntries: Int = 100) throws {
            let generation = self.generation
            cache = ResponseCache(maxEntries: maxEntries, maxBytes: 1 << 20) { generation.current }
            let lines = self.lines
            var logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
            logger.logLevel = .info
            try channel.pipeline.syncOperations.addHandler(
                ResponseCacheHandler(cache: cache, metrics: metrics, logger: logger, logLevel: .info))
        }

        /// Sends a request; returns whether it reached the router (the channel's inbound end).
        @discardableResult
        func send(_ method: HTTPRequest.Method = .get, _ path: String = "/api/concepts/X",
                  _ fields: HTTPFields = [:]) throws -> Bool {
            try channel.writeInbound(HTTPRequestPart.head(
                HTTPRequest(method: method, scheme: nil, authority: "localhost", path: path, headerFields: fields)))
            try channel.writeInbound(HTTPRequestPart.end(nil))
            var reached = false
            while let part = try channel.readInbound(as: HTTPRequestPart.self) {
                if case .head = part { reached = true }
            }
            return reached
        }

        /// The router's answer, as Hummingbird writes it.
        func answer(_ body: String, status: HTTPResponse.Status = .ok, route: String? = "/api/concepts/{id}",
                    cacheControl: String = "public, max-age=60") throws {
            var fields: HTTPFields = [.eTag: "\"e1\"", .cacheControl: cacheControl, .contentType: "application/json",
                                      .contentLength: "\(body.utf8.count)", .date: "Mon, 01 Jan 2024 00:00:00 GMT",
                                      .vary: "Accept"]
            if let route { fields[ResponseCachePolicy.routeField] = route }
            try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: status, headerFields: fields)))
            try channel.writeOutbound(HTTPResponsePart.body(ByteBuffer(string: body)))
            try channel.writeOutbound(HTTPResponsePart.end(nil))
        }

        /// Everything written to the client since the last call: heads and body text.
        func written() throws -> [(HTTPResponse?, String)] {
            var out: [(HTTPResponse?, String)] = []
            while let part = try channel.readOutbound(as: HTTPResponsePart.self) {
                switch part {
                case .head(let head): out.append((head, ""))
                case .body(let buffer): out[out.count - 1].1 += String(buffer: buffer)
                case .end: break
                }
            }
            return out
        }
    }

    @Test func theSecondRequestIsAnsweredWithoutTheRouter() throws {
        let h = try Harness()
        #expect(try h.send())
        try h.answer("{\"a\":1}")
        let first = try h.written()
        #expect(first.count == 1)
        #expect(first[0].0?.headerFields[ResponseCachePolicy.routeField] == nil, "the route tag never leaves")
        #expect(h.cache.size.entries == 1)

        #expect(try !h.send())
        let second = try h.written()
        #expect(second.count == 1)
        let head = try #require(second[0].0)
        #expect(head.status == .ok)
        #expect(second[0].1 == "{\"a\":1}")
        #expect(head.headerFields[.eTag] == "\"e1\"")
        #expect(head.headerFields[.contentType] == "application/json")
        #expect(head.headerFields[.date] != "Mon, 01 Jan 2024 00:00:00 GMT", "the date is the time of the answer")
        #expect(head.headerFields[.date]?.hasSuffix("GMT") == true)
        #expect(head.headerFields[ResponseCachePolicy.routeField] == nil)
        let exposition = h.metrics.exposition()
        #expect(exposition.contains("lodestat_response_cache_hits_total 1"))
        #expect(exposition.contains(#"lodestat_http_requests_total{method="GET",route="/api/concepts/{id}",status="200"} 1"#))
    }

    @Test func aHitIsLoggedUnderItsRoute() throws {
        let h = try Harness()
        try h.send(.get, "/api/concepts/X?lang=fr")
        try h.answer("{}")
        try h.send(.get, "/api/concepts/X?lang=fr")
        let line = try #require(h.lines.all.last)
        #expect(line["cache"] == "hit")
        #expect(line["http.route"] == "/api/concepts/{id}")
        #expect(line["http.path"] == "/api/concepts/X")
        #expect(line["http.status"] == "200")
        #expect(line["http.method"] == "GET")
    }

    @Test func headAndConditionalRequestsAreAnsweredFromTheEntry() throws {
        let h = try Harness()
        try h.send()
        try h.answer("body")
        _ = try h.written()
        #expect(try !h.send(.head))
        let head = try h.written()
        #expect(head.count == 1 && head[0].1 == "" && head[0].0?.headerFields[.contentLength] == "4")
        #expect(try !h.send(.get, "/api/concepts/X", [.ifNoneMatch: "W/\"e1\""]))
        let conditional = try h.written()
        #expect(conditional[0].0?.status == .notModified)
        #expect(conditional[0].0?.headerFields[.contentLength] == nil)
        #expect(conditional[0].0?.headerFields[.eTag] == "\"e1\"")
        #expect(conditional[0].1 == "")
        #expect(try !h.send(.get, "/api/concepts/X", [.ifNoneMatch: "\"other\""]))
        #expect(try h.written()[0].0?.status == .ok)
    }

    @Test func otherNegotiationsAndUncacheableAnswersGoToTheRouter() throws {
        let h = try Harness()
        try h.send()
        try h.answer("json")
        _ = try h.written()
        #expect(try h.send(.get, "/api/concepts/X", [.accept: "application/ld+json"]), "another Accept is another entry")
        try h.answer("jsonld")
        #expect(try h.send(.get, "/api/concepts/X", [.origin: "https://example.org"]), "CORS answers vary on Origin")
        try h.answer("json")
        #expect(try h.send(.get, "/sparql?query=ASK{}"))
        try h.answer("{}", cacheControl: "no-cache")
        #expect(try h.send(.get, "/sparql?query=ASK{}"), "no-cache answers are not kept")
        try h.answer("{}", cacheControl: "no-cache")
        #expect(try h.send(.get, "/missing"))
        try h.answer("{}", status: .notFound)
        #expect(try h.send(.get, "/missing"), "only 200 answers are kept")
        try h.answer("{}", status: .notFound)
        #expect(try h.send(.post, "/api/concepts/X"))
        try h.answer("json")
        #expect(try h.send(.get, "/untagged"))
        try h.answer("x", route: nil)
        #expect(try h.send(.get, "/untagged"), "answers without a route tag are not kept")
    }

    @Test func aRequestBehindOneStillAtTheRouterWaitsItsTurn() throws {
        let h = try Harness()
        try h.send()
        try h.answer("cached")
        _ = try h.written()
        // A pipelined client: the first request is at the router when the second (cached) arrives.
        #expect(try h.send(.get, "/api/concepts/Y"))
        #expect(try h.send(), "answering it now would overtake the first answer")
        try h.answer("y")
        try h.answer("cached")
        #expect(try h.written().map(\.1) == ["y", "cached"])
        #expect(try !h.send(), "nothing in flight: answered here again")
    }

    @Test func answersFromBeforeAReloadAreNotServedAfterIt() throws {
        let h = try Harness()
        try h.send()
        try h.answer("old")
        _ = try h.written()
        h.generation.bump()
        #expect(try h.send())
        try h.answer("new")
        _ = try h.written()
        #expect(try !h.send())
        #expect(try h.written()[0].1 == "new")

        // An answer begun before a reload and finished after it is not kept.
        #expect(try h.send(.get, "/api/concepts/Z"))
        h.generation.bump()
        try h.answer("stale")
        _ = try h.written()
        #expect(try h.send(.get, "/api/concepts/Z"))
    }

    @Test func answersWhoseBodyDisagreesWithTheirLengthAreNotKept() throws {
        let h = try Harness()
        try h.send()
        try h.channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok, headerFields: [
            .eTag: "\"e\"", .cacheControl: "public", .contentLength: "10", ResponseCachePolicy.routeField: "/r",
        ])))
        try h.channel.writeOutbound(HTTPResponsePart.body(ByteBuffer(string: "short")))
        try h.channel.writeOutbound(HTTPResponsePart.end(nil))
        #expect(h.cache.size.entries == 0)
        // Bodies written in several parts are kept whole.
        #expect(try h.send(.get, "/parts"))
        try h.channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok, headerFields: [
            .eTag: "\"e\"", .cacheControl: "public", .contentLength: "6", ResponseCachePolicy.routeField: "/r",
        ])))
        try h.channel.writeOutbound(HTTPResponsePart.body(ByteBuffer(string: "abc")))
        try h.channel.writeOutbound(HTTPResponsePart.body(ByteBuffer(string: "def")))
        try h.channel.writeOutbound(HTTPResponsePart.end(nil))
        _ = try h.written()
        #expect(try !h.send(.get, "/parts"))
        #expect(try h.written()[0].1 == "abcdef")
    }
}

/// The metadata of every line logged through `CapturingLogHandler`, as text.
final class CapturedLines: Sendable {
    private let store = Mutex<[[String: String]]>([])
    var all: [[String: String]] { store.withLock { $0 } }
    func append(_ line: [String: String]) { store.withLock { $0.append(line) } }
}

struct CapturingLogHandler: LogHandler {
    let lines: CapturedLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        lines.append(self.metadata.merging(metadata ?? [:]) { $1 }.mapValues { "\($0)" })
    }
}
