import RDFFormats

extension ServerError {
    /// The problem document describing this error.
    public var problem: Problem {
        switch self {
        case .notFound(let path):
            return Problem(slug: "not-found", title: "Not Found", status: 404, detail: "nothing is published at \(path)")
        case .noResults(let detail):
            return Problem(slug: "no-results", title: "No Results Found", status: 404, detail: detail)
        case .methodNotAllowed(let method, let allowed):
            return Problem(slug: "method-not-allowed", title: "Method Not Allowed", status: 405,
                           detail: "\(method) is not allowed here; allowed: \(allowed.joined(separator: ", "))",
                           extensions: ["allowed": .array(allowed.map(JSONValue.string))])
        case .payloadTooLarge(let limit):
            return Problem(slug: "payload-too-large", title: "Content Too Large", status: 413,
                           detail: "the request body is larger than \(limit) bytes", extensions: ["limit": .int(limit)])
        case .queryTooLong(let limit, let inURL):
            return Problem(slug: "query-too-long", title: inURL ? "URI Too Long" : "Content Too Large", status: inURL ? 414 : 413,
                           detail: "the SPARQL query is longer than \(limit) bytes", extensions: ["limit": .int(limit)])
        case .headersTooLarge(let limit):
            return Problem(slug: "headers-too-large", title: "Request Header Fields Too Large", status: 431,
                           detail: "the request line and header fields are larger than \(limit) bytes",
                           extensions: ["limit": .int(limit)])
        case .requestTimeout(let seconds):
            return Problem(slug: "request-timeout", title: "Request Timeout", status: 408,
                           detail: "the request was not received within \(seconds) s; the connection is closed")
        case .notAcceptable(let offered):
            return Problem(slug: "not-acceptable", title: "Not Acceptable", status: 406,
                           detail: "none of the offered media types is acceptable: \(offered.joined(separator: ", "))",
                           extensions: ["offered": .array(offered.map(JSONValue.string))])
        case .unknownFormat(let name, let offered):
            return Problem(slug: "unknown-format", title: "Unknown Format", status: 406,
                           detail: "format '\(name)' is not offered here; offered: \(offered.joined(separator: ", "))",
                           extensions: ["offered": .array(offered.map(JSONValue.string))])
        case .unsupportedMediaType(let type, let supported):
            return Problem(slug: "unsupported-media-type", title: "Unsupported Media Type", status: 415,
                           detail: "cannot read a body of type '\(type)'; supported: \(supported.joined(separator: ", "))",
                           extensions: ["supported": .array(supported.map(JSONValue.string))])
        case .badRequest(let message):
            return Problem(slug: "bad-request", title: "Bad Request", status: 400, detail: message)
        case .syntax(let message, let line, let column, let offset):
            var ext: [String: JSONValue] = ["line": .int(line), "column": .int(column)]
            if let offset { ext["offset"] = .int(offset) }
            return Problem(slug: "syntax-error", title: "Syntax Error", status: 400,
                           detail: "\(line):\(column): \(message)", extensions: ext)
        case .queryTimeout(let seconds):
            return Problem(slug: "query-timeout", title: "Query Timeout", status: 422,
                           detail: "the query did not finish within \(seconds) s, this server's limit, and was cancelled")
        case .tooManyResults(let limit):
            return Problem(slug: "too-many-results", title: "Result Too Large", status: 422,
                           detail: "the query returns more than \(limit) results, this server's limit; add a LIMIT or page with OFFSET",
                           extensions: ["limit": .int(limit)])
        case .unsupportedQuery(let message):
            return Problem(slug: "unsupported-query", title: "Unsupported Query", status: 501, detail: message)
        case .unauthorized:
            return Problem(slug: "unauthorized", title: "Unauthorized", status: 401,
                           detail: "this route needs a bearer token (Authorization: Bearer …)")
        case .conflict(let message):
            return Problem(slug: "conflict", title: "Conflict", status: 409, detail: message)
        case .reloadFailed(let message):
            return Problem(slug: "reload-failed", title: "Reload Failed", status: 500,
                           detail: "the catalog was not reloaded, the previous one is still served: \(message)")
        case .internalError(let message):
            return Problem(slug: "internal-error", title: "Internal Server Error", status: 500, detail: message)
        case .badGateway(let message):
            return Problem(slug: "bad-gateway", title: "Bad Gateway", status: 502, detail: message)
        case .gatewayTimeout(let message):
            return Problem(slug: "gateway-timeout", title: "Gateway Timeout", status: 504, detail: message)
        case .engineUnavailable(let message, let retryAfter):
            return Problem(slug: "engine-unavailable", title: "Service Unavailable", status: 503, detail: message,
                           extensions: ["retryAfter": .int(retryAfter)])
        }
    }
}
