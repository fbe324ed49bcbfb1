import Hummingbird
import RDF
import RDFFormats
import SPARQL

/// The SPARQL 1.1 Protocol endpoint at `/sparql`: GET with `query=`, POST as a form or as
/// `application/sparql-query`; results by negotiation; a service description when there is no query.
struct SPARQLController<Repository: SPARQLRepository> {
    let repository: Repository
    let configuration: ServerConfiguration
    let prefixes: @Sendable () -> [(prefix: String, namespace: String)]
    /// Parsed queries by text (`ServerConfiguration.queryCacheEntries`): parsing depends only on
    /// the text and the base IRI, never on the catalog in service, so entries stay valid across reloads.
    let parsedQueries: BoundedCache<SPARQLQuery>

    init(repository: Repository, configuration: ServerConfiguration,
         prefixes: @escaping @Sendable () -> [(prefix: String, namespace: String)]) {
        self.repository = repository
        self.configuration = configuration
        self.prefixes = prefixes
        parsedQueries = BoundedCache(capacity: configuration.queryCacheEntries)
    }

    /// Most rows (or triples) of an answer written on the handler's thread.
    static var inlineWriteLimit: Int { 2_000 }

    static var resultFormats: [SPARQLResultsFormat] { SPARQLOffers.resultFormats }
    static var graphFormats: [RDFFormat] { SPARQLOffers.graphFormats }
    static var resultOffers: [ContentNegotiation.Offer] { SPARQLOffers.results }
    static var graphOffers: [ContentNegotiation.Offer] { SPARQLOffers.graphs }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let params: [RouteDoc.Parameter] = [
            .init("query", in: .query, "The SPARQL 1.1 query; without it, GET answers the service description"),
            .init("default-graph-uri", in: .query, "A graph of the default graph (repeatable)"),
            .init("named-graph-uri", in: .query, "A named graph of the dataset (repeatable)"),
            .choice("format", "Overrides Accept: json, xml, csv, tsv; ttl, nt, rdf, jsonld",
                    ContentNegotiation.Offer.formatValues(Self.resultOffers + Self.graphOffers)),
        ]
        let types = (Self.resultOffers + Self.graphOffers).map(\.mediaType)
        let responses: [(status: Int, description: String, mediaTypes: [String])] = [
            (200, "Query results, or the service description (Turtle) without a query", types),
            (400, "Syntax error, with its line and column", [Problem.mediaType]),
            (406, "No acceptable results format", [Problem.mediaType]),
            (422, "The query ran out of time (--query-timeout) or past the row limit (--max-rows)", [Problem.mediaType]),
            (501, "A feature of SPARQL 1.1 this service does not implement", [Problem.mediaType]),
        ]
        table.add(RouteDoc("GET", "/sparql", id: "sparqlGet", tag: "sparql", summary: "SPARQL 1.1 query (GET)",
                           parameters: params, responses: responses + [(303, "A browser (Accept prefers HTML) without a query: the query editor at /query", []),
                                                                         (414, "Query longer than the limit", [Problem.mediaType])])) { request, _ in
            try await handle(request)
        }
        var post = RouteDoc("POST", "/sparql", id: "sparqlPost", tag: "sparql", summary: "SPARQL 1.1 query (POST)",
                            parameters: Array(params.dropFirst()),
                            requestBody: ["application/x-www-form-urlencoded", "application/sparql-query"],
                            responses: responses + [(413, "Body or query too large", [Problem.mediaType]),
                                                    (415, "Unsupported body type", [Problem.mediaType])])
        let text: JSONValue = .object(JSONObject([("type", "string")]))
        post.requestSchemas = [
            "application/x-www-form-urlencoded": .object(JSONObject([
                ("type", "object"), ("required", .array(["query"])),
                ("properties", .object(JSONObject([("query", text), ("default-graph-uri", text), ("named-graph-uri", text)]))),
            ])),
            "application/sparql-query": text,
        ]
        table.add(post) { request, _ in
            try await handle(request)
        }
    }

    func handle(_ request: Request) async throws -> Response {
        let params = try await SPARQLRequest.read(request, maxBodyBytes: configuration.maxBodyBytes)
        guard let text = params.query else {
            if request.method == .post { throw ServerError.badRequest("missing query parameter") }
            if try Self.prefersPage(request) {
                let language = LanguageNegotiation.choose(request: request)
                return Response(status: .seeOther, headers: [.location: "/query?lang=" + language, .vary: "Accept"])
            }
            return try serviceDescription(request)
        }
        if text.utf8.count > configuration.maxQueryLength {
            throw ServerError.queryTooLong(limit: configuration.maxQueryLength, inURL: request.method != .post)
        }
        var query = try parse(text)
        if !params.defaultGraphs.isEmpty || !params.namedGraphs.isEmpty {
            query.dataset = DatasetClause(defaultGraphs: params.defaultGraphs, namedGraphs: params.namedGraphs)
        }
        let isGraph: Bool
        switch query.form {
        case .construct, .describe: isGraph = true
        default: isGraph = false
        }
        let offers = isGraph ? Self.graphOffers : Self.resultOffers
        let chosen = try ContentNegotiation.choose(request: request, format: params.format, offers: offers)
        let options = QueryOptions(timeout: configuration.queryTimeout, maxRows: configuration.maxQueryRows)
        let result: QueryResult
        do {
            result = try await QueryRunner().run(query, text: text, on: repository, options: options)
        } catch let e as QueryEvaluationError {
            switch e {
            case .timeout, .cancelled:
                let (s, atto) = configuration.queryTimeout.components
                throw ServerError.queryTimeout(seconds: Double(s) + Double(atto) / 1e18)
            case .tooManyRows(let limit), .tooManyIntermediateRows(let limit): throw ServerError.tooManyResults(limit: limit)
            case .serviceNotSupported(let iri): throw ServerError.unsupportedQuery("SERVICE is not supported (\(iri))")
            }
        }
        let media = offers[chosen].mediaType
        let prefixes = result.isGraph ? self.prefixes() : []
        let write: @Sendable () throws -> ByteBuffer = {
            var body = ByteBufferSink(capacity: 256 + 192 * min(result.size, 10_000))
            if case .graph(let triples) = result {
                let format = isGraph ? Self.graphFormats[chosen] : .turtle
                try RDFSerializing.write(triples.map { Quad($0) }, format: format, prefixes: prefixes, to: &body)
            } else {
                let format = isGraph ? .json : Self.resultFormats[chosen]
                try format.writer.write(result, to: &body)
            }
            return body.buffer
        }
        // Small answers are written here; large ones off the event loop, like long queries.
        let body = result.size <= Self.inlineWriteLimit ? try write() : try await BlockingWork.run(write)
        let type = media.hasPrefix("text/") ? media + "; charset=utf-8" : media
        return Representation(body: body, mediaType: type, headers: [.vary: "Accept"])
            .response(to: request, cacheControl: "no-cache")
    }

    /// The query `text` parsed, from the cache when it was parsed before.
    func parse(_ text: String) throws -> SPARQLQuery {
        if let known = parsedQueries.get(text) { return known }
        do {
            let query = try SPARQLQuery(text, baseIRI: configuration.baseIRI)
            parsedQueries.put(text, query)
            return query
        } catch let e as SPARQLSyntaxError {
            throw ServerError.syntax(message: e.message, line: e.line, column: e.column, offset: e.offset)
        }
    }

    /// True when the client prefers HTML to every graph format (a browser): it is sent to the editor.
    static func prefersPage(_ request: Request) throws -> Bool {
        let offers = graphOffers + [.html]
        return offers[try ContentNegotiation.choose(request: request, offers: offers)] == .html
    }

    func serviceDescription(_ request: Request) throws -> Response {
        let offers = Self.graphOffers
        let chosen = try ContentNegotiation.choose(request: request, offers: offers)
        let format = Self.graphFormats[chosen]
        let summary = repository.datasetSummary()
        let quads = ServiceDescription.triples(endpoint: configuration.baseIRI + "sparql", triples: summary.triples,
                                               namedGraphs: summary.namedGraphs)
        var text = ""
        try RDFSerializing.write(quads, format: format,
                                 prefixes: [("sd", ServiceDescription.sd), ("void", ServiceDescription.void)], to: &text)
        return Representation(text: text, mediaType: format.mediaType, headers: [.vary: "Accept"])
            .response(to: request, cacheControl: "no-cache")
    }
}
