import ArgumentParser
import RDF
import RDFFormats
import SPARQL
import Store

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a SPARQL 1.1 query over files, or over the embedded catalog when no file is given.",
        discussion: """
            Results: json, xml, csv, tsv or table (the default on a terminal; json otherwise) for SELECT \
            and ASK; an RDF format (ntriples, nquads, turtle, trig, rdfxml, jsonld; default turtle) for \
            CONSTRUCT and DESCRIBE. Exit status: 1 on a syntax error (line:column: message on standard \
            error), 2 when evaluation fails or the query is cut off by a limit.
            """
    )

    @OptionGroup var input: QueryInput
    @Option(name: .customLong("results"), help: ArgumentHelp("Output format.", valueName: "FORMAT")) var results: String?
    @Option(help: "Stop the query after this many seconds.") var timeout: Double?
    @Option(name: .customLong("max-rows"), help: "Fail when the result has more rows.") var maxRows: Int?
    @Option(help: ArgumentHelp("Evaluate N times after loading and print the median evaluation time on standard error (for benchmarks).", valueName: "N"))
    var `repeat`: Int = 1

    func validate() throws {
        if let results, SPARQLResultsFormat(rawValue: results) == nil, RDFFormat(rawValue: results) == nil {
            throw ValidationError("unknown results format '\(results)': json, xml, csv, tsv, table, or an RDF format")
        }
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let query: SPARQLQuery
        do { query = try SPARQLQuery(try input.text(), baseIRI: input.base) } catch let e as SPARQLSyntaxError {
            throw FailurePath.exit(1).handle(e)
        }
        let snapshot: StoreSnapshot
        snapshot = try failing(.exit(2)) { try input.snapshot() }
        let options = QueryOptions(timeout: timeout.map { .milliseconds(Int($0 * 1000)) }, maxRows: maxRows)
        var result: QueryResult = .boolean(false)
        var times: [Double] = []
        try failing(.exit(2)) {
            for _ in 0..<`repeat` {
                let start = monotonicSeconds()
                result = try QueryEngine().execute(query, on: snapshot, options: options)
                times.append(monotonicSeconds() - start)
            }
        }
        if `repeat` > 1 {
            let median = times.sorted()[times.count / 2]
            printError("evaluation: median \(format3(median * 1000)) ms over \(`repeat`) runs")
        }
        var out = StandardOutput()
        try failing(.exit(2)) { try QueryOutput(format: results).write(result, to: &out) }
        out.flush()
    }
}

/// Writes a query result in the format asked for, or the default for its kind.
struct QueryOutput {
    var format: String?

    func write(_ result: QueryResult, to out: inout StandardOutput) throws {
        if case .graph(let triples) = result {
            let rdf = format.flatMap(RDFFormat.init(rawValue:)) ?? .turtle
            let quads = triples.map { Quad($0) }
            let prefixes = Namespaces.prefixes(declared: [], usedBy: quads.lazy.flatMap {
                [$0.subject, $0.predicate, $0.object].compactMap(\.iriValue) })
            try RDFSerializing.write(quads, format: rdf, prefixes: prefixes, to: &out)
            return
        }
        let tabular = format.flatMap(SPARQLResultsFormat.init(rawValue:))
            ?? (format == nil ? (standardOutputIsTerminal ? .table : .json) : nil)
        guard let tabular else {
            throw ValidationError("'\(format!)' is an RDF format: SELECT and ASK results are json, xml, csv, tsv or table")
        }
        try tabular.writer.write(result, to: &out)
    }
}
