import Hummingbird
import Logging

/// `POST /admin/reload` (only with an admin token): reloads the catalog with bearer authentication.
struct AdminController {
    let reloader: CatalogReloader
    let token: String

    func addRoutes(to table: RouteTable<some RequestContext>) {
        var doc = RouteDoc("POST", "/admin/reload", id: "reload", tag: "admin",
                           summary: "Reload the catalog from disk and swap it in atomically (Authorization: Bearer TOKEN)",
                           responses: [(200, "Reloaded: the new generation and size", ["application/json"]),
                                       (401, "Missing or wrong token", [Problem.mediaType]),
                                       (409, "A reload is already running", [Problem.mediaType]),
                                       (500, "The catalog is broken; the previous one is still served", [Problem.mediaType])])
        doc.bearerAuth = true
        table.add(doc) { request, context in
            guard let auth = request.headers[.authorization], auth.hasPrefix("Bearer "),
                  constantTimeEqual(String(auth.dropFirst(7)), token) else { throw ServerError.unauthorized }
            let reloader = self.reloader, logger = context.logger
            let outcome = await Task.detached { await reloader.reload(logger: logger) }.value
            switch outcome {
            case .reloaded(let generation, let triples):
                let body = "{\"generation\":\(generation),\"status\":\"reloaded\",\"triples\":\(triples)}"
                return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                                body: .init(byteBuffer: ByteBuffer(string: body)))
            case .failed(let message):
                throw ServerError.reloadFailed(message)
            case .alreadyRunning:
                throw ServerError.conflict("a reload is already running")
            }
        }
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
