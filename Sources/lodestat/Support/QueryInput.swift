import ArgumentParser
import Catalog
import RDFFormats
import Store

/// The query text (inline or `--file`) and the dataset options shared by `query` and `explain`.
struct QueryInput: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("Load FILE into the default graph, parsed against BASE (default: the file's file:// IRI).", valueName: "FILE[=BASE]"))
    var data: [String] = []
    @Option(name: .customLong("named"), help: ArgumentHelp("Load FILE into the named graph IRI, also its base (default: the file's file:// IRI).", valueName: "FILE[=IRI]"))
    var named: [String] = []
    @Option(help: "The query's base IRI.") var base: String?
    @Option(name: .customLong("file"), help: ArgumentHelp("Read the query from a file.", valueName: "FILE.rq"))
    var queryFile: String?
    @Argument(help: "The query text (or use --file).") var query: String?

    func validate() throws {
        if (query == nil) == (queryFile == nil) { throw ValidationError("give the query text or --file FILE.rq (one of them)") }
    }

    /// The query text.
    func text() throws -> String {
        if let query { return query }
        let bytes = try ByteSource(path: queryFile!).readAll()
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ValidationError("\(queryFile!): the query is not valid UTF-8")
        }
        return text
    }

    /// The files named on the command line, or the embedded catalog when there are none.
    func snapshot() throws -> StoreSnapshot {
        let sources = data.map { DatasetSource(argument: $0, named: false) } + named.map { DatasetSource(argument: $0, named: true) }
        if sources.isEmpty { return try CatalogLoader(location: try CatalogLocation.embedded()).load().snapshot }
        var builder = StoreBuilder()
        try builder.load(sources)
        return builder.build()
    }
}
