import ArgumentParser
import SPARQL

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print a query's algebra after optimization, with estimated cardinalities (never evaluates it).",
        discussion: "Cardinalities are estimated on the --data/--named files, or on the embedded catalog. Exit status 1 on a syntax error."
    )

    @OptionGroup var input: QueryInput

    func run() throws {
        let query: SPARQLQuery
        do { query = try SPARQLQuery(try input.text(), baseIRI: input.base) } catch let e as SPARQLSyntaxError {
            throw FailurePath.exit(1).handle(e)
        }
        let snapshot = try input.snapshot()
        print(QueryEngine().explain(query, on: snapshot))
    }
}
