import NIOCore

/// A whole HTTP/1.1 response carrying a problem document, as bytes, for the channel handlers that
/// answer before (or instead of) the router; it always closes the connection.
struct RawProblemResponse {
    let problem: Problem

    init(_ problem: Problem) {
        self.problem = problem
    }

    func bytes(allocator: ByteBufferAllocator) -> ByteBuffer {
        let body = problem.body
        var buffer = allocator.buffer(capacity: body.utf8.count + 160)
        buffer.writeString("HTTP/1.1 \(problem.status) \(problem.title)\r\n")
        buffer.writeString("Content-Type: \(Problem.mediaType)\r\nCache-Control: no-store\r\nConnection: close\r\n")
        buffer.writeString("Content-Length: \(body.utf8.count)\r\n\r\n")
        buffer.writeString(body)
        return buffer
    }
}
