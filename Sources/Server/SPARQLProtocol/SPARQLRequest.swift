import Hummingbird

/// The parameters of one SPARQL 1.1 Protocol query request, from GET or POST.
struct SPARQLRequest: Sendable {
    var query: String?
    var defaultGraphs: [String] = []
    var namedGraphs: [String] = []
    /// `format=` from the URL (it overrides `Accept`).
    var format: String?

    /// Reads `query`, `default-graph-uri` and `named-graph-uri` from the URL, and for POST from a
    /// form body or an `application/sparql-query` body (whose graphs stay in the URL).
    static func read(_ request: Request, maxBodyBytes: Int) async throws -> SPARQLRequest {
        var params = FormDecoding.decode(request.uri.query ?? "")
        let format = params.first { $0.name == "format" }?.value
        if request.method == .post {
            let type = (request.headers[.contentType] ?? "").split(separator: ";").first
                .map { $0.trimmingCharacters(in: " \t").lowercased() } ?? ""
            let body = try await request.body.collect(upTo: maxBodyBytes)
            let text = String(buffer: body)
            switch type {
            case "application/x-www-form-urlencoded":
                params += FormDecoding.decode(text)
            case "application/sparql-query":
                if params.contains(where: { $0.name == "query" }) {
                    throw ServerError.badRequest("a query in the body and in the URL: send one")
                }
                params.append(("query", text))
            default:
                throw ServerError.unsupportedMediaType(type, supported: ["application/x-www-form-urlencoded", "application/sparql-query"])
            }
        }
        var out = SPARQLRequest(format: format)
        for (name, value) in params {
            switch name {
            case "query":
                if out.query != nil { throw ServerError.badRequest("more than one query parameter") }
                out.query = value
            case "default-graph-uri": out.defaultGraphs.append(value)
            case "named-graph-uri": out.namedGraphs.append(value)
            default: break
            }
        }
        return out
    }
}
