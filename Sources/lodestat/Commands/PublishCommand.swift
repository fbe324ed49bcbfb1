import ArgumentParser
import Catalog
import Remote

struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Load the catalog into a SPARQL 1.1 engine over the Graph Store HTTP Protocol.",
        discussion: """
        Each file goes into the named graph the loader gives it (urn:lodestat:graph:catalog/...), plus \
        urn:lodestat:graph:lodestat/prefixes with the catalog's prefixes. With --update-endpoint, graphs are \
        written under staging names and moved into place by one SPARQL Update request (all or nothing); \
        without it, they are written in place one by one and a failure lists exactly which were written. \
        Exit status: 0 when every graph is in place, 1 otherwise, 2 when the catalog cannot be loaded.
        """
    )

    @OptionGroup var source: CatalogOptions
    @Option(help: ArgumentHelp("The engine's Graph Store HTTP Protocol endpoint (Oxigraph: http://HOST:PORT/store).", valueName: "url"))
    var to: String
    @Option(help: ArgumentHelp("The engine's SPARQL 1.1 Update endpoint: publish into staging graphs, then swap.", valueName: "url"))
    var updateEndpoint: String?
    @Option(help: "Base IRI the resources are published under (as for serve --base).") var base = BaseRewriter.defaultBase
    @Flag(help: "Replace each graph's content (PUT); without it triples are added to what is there (POST).")
    var replace = false
    @Option(help: "Seconds one request to the engine may take.") var timeout: Double = 120

    func run() async throws {
        let dataset = try source.load(base: base, failure: 2)
        try await failingAsync(.exit(1)) {
            let store = GraphStoreClient(url: try HTTPExchange.url(to), timeout: timeout)
            let sparql = try updateEndpoint.map {
                SPARQLClient(endpoint: try RemoteEndpoint(query: to, update: $0, timeout: timeout))
            }
            let publisher = CatalogPublisher(store: store, sparql: sparql, mode: replace ? .replace : .merge)
            let verb = replace ? "replaced" : "merged"
            let outcomes = try await publisher.publish(dataset) { outcome in
                print("\(verb) \(outcome.graph) \(outcome.triples) triples")
            }
            print("published \(outcomes.count) graphs, \(outcomes.reduce(0) { $0 + $1.triples }) triples to \(to)")
        }
    }
}
