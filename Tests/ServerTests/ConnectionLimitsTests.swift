import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Server
import Testing

/// Limits enforced on the socket, by the real server on a loopback port: header size (431), idle
/// keep-alive connections, and clients that send a request too slowly (408).
@Suite(.serialized) struct ConnectionLimitsTests {
    /// Runs the real application (with its channel handlers) on an ephemeral port.
    static func withServer(_ configure: (inout ServerConfiguration) -> Void,
                           _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        var config = ServerConfiguration(port: 0)
        configure(&config)
        let state = try CatalogState(dataset: TestCatalog.tiny())
        let app = buildApplication(configuration: config, state: state, logger: Logger(label: "limits-test"))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await body(port)
        }
    }

    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    @Test func headersOverTheLimitGet431AndTheConnectionCloses() async throws {
        try await Self.withServer({ $0.maxHeaderBytes = 4096 }) { port in
            let (text, closed) = try await Self.blocking {
                let connection = try RawConnection(port: port)
                connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                                + String(repeating: "a", count: 8192) + "\r\n\r\n")
                return connection.readUntilClosed()
            }
            #expect(text.hasPrefix("HTTP/1.1 431"), "got: \(text.prefix(80))")
            #expect(text.lowercased().contains("content-type: application/problem+json"))
            #expect(text.contains("headers-too-large"))
            #expect(closed)
        }
    }

    @Test func manySmallHeaderLinesCountTogether() async throws {
        try await Self.withServer({ $0.maxHeaderBytes = 4096 }) { port in
            let (text, closed) = try await Self.blocking {
                let connection = try RawConnection(port: port)
                let lines = (0..<400).map { "X-Header-Number-\($0): some-value\r\n" }.joined()
                connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n" + lines + "\r\n")
                return connection.readUntilClosed()
            }
            #expect(text.hasPrefix("HTTP/1.1 431"), "got: \(text.prefix(80))")
            #expect(closed)
        }
    }

    @Test func moreThanAThousandHeaderFieldsGet431() async throws {
        try await Self.withServer({ _ in }) { port in
            let (text, _) = try await Self.blocking {
                let connection = try RawConnection(port: port)
                let lines = (0..<1100).map { "X\($0): v\r\n" }.joined()
                connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n" + lines + "\r\n")
                return connection.readUntilClosed()
            }
            #expect(text.hasPrefix("HTTP/1.1 431"), "got: \(text.prefix(80))")
        }
    }

    @Test func headersUnderTheLimitAreServed() async throws {
        try await Self.withServer({ $0.maxHeaderBytes = 4096 }) { port in
            let text = try await Self.blocking {
                let connection = try RawConnection(port: port)
                connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                                + String(repeating: "a", count: 1024) + "\r\n\r\n")
                return connection.readResponse()
            }
            #expect(text.hasPrefix("HTTP/1.1 200"), "got: \(text.prefix(80))")
        }
    }

    @Test func idleKeepAliveConnectionIsClosed() async throws {
        try await Self.withServer({ $0.idleTimeout = .milliseconds(300); $0.slowClientTimeout = nil }) { port in
            let (first, closed) = try await Self.blocking {
                let connection = try RawConnection(port: port)
                connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
                let first = connection.readResponse()
                // Nothing more is sent: the server closes the connection once it has been idle.
                return (first, connection.readUntilClosed().closed)
            }
            #expect(first.hasPrefix("HTTP/1.1 200"))
            #expect(closed, "the idle connection was still open when the read timeout passed")
        }
    }

    @Test func slowlorisHeadersGet408AndTheConnectionCloses() async throws {
        try await Self.withServer({ $0.slowClientTimeout = .milliseconds(500); $0.idleTimeout = nil }) { port in
            let (text, closed) = try await Self.blocking {
                let connection = try RawConnection(port: port, readTimeout: 1)
                connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n")
                // One header line every 100 ms, never finishing the head; stop once the server answers.
                var received = ""
                for i in 0..<150 {
                    guard connection.send("X-Drip-\(i): x\r\n") else { break }
                    Thread.sleep(forTimeInterval: 0.1)
                    if i % 5 == 4 {
                        let (text, closed) = connection.readUntilClosed()
                        received += text
                        if closed { return (received, true) }
                    }
                }
                return (received, false)
            }
            #expect(text.hasPrefix("HTTP/1.1 408"), "got: \(text.prefix(80))")
            #expect(text.contains("request-timeout"))
            #expect(closed)
        }
    }

    @Test func stalledBodyGets408() async throws {
        try await Self.withServer({ $0.slowClientTimeout = .milliseconds(500); $0.idleTimeout = nil }) { port in
            let (text, closed) = try await Self.blocking {
                let connection = try RawConnection(port: port)
                connection.send("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                                + "Content-Length: 100\r\n\r\nASK {")
                return connection.readUntilClosed()
            }
            #expect(text.hasPrefix("HTTP/1.1 408"), "got: \(text.prefix(80))")
            #expect(closed)
        }
    }

    @Test func aRequestAnsweredInTimeIsNotCutOff() async throws {
        try await Self.withServer({ $0.slowClientTimeout = .milliseconds(500) }) { port in
            let texts = try await Self.blocking {
                let connection = try RawConnection(port: port)
                var texts: [String] = []
                for _ in 0..<2 {
                    connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    texts.append(connection.readResponse())
                    // Between requests the slow-client clock is stopped.
                    Thread.sleep(forTimeInterval: 0.8)
                }
                return texts
            }
            #expect(texts.allSatisfy { $0.hasPrefix("HTTP/1.1 200") }, "got: \(texts.map { $0.prefix(40) })")
        }
    }
}
