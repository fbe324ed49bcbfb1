import Foundation
import ArgumentParser
import SPARQL

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print a query's algebra after optimization, with estimated cardinalities (with --analyze, also the actual ones).",
        discussion: "Cardinalities are estimated on the --data/--named files, or on the embedded catalog. Without --analyze the query is never evaluated; with it, the query's pattern runs to its end and each operator shows the rows it produced and how many times it ran. Exit status 1 on a syntax error, 2 when the analyzed run fails (time limit)."
    )

    @OptionGroup var input: QueryInput
    @Flag(help: "Run the query and print the actual rows of each operator beside its estimate.") var analyze = false
    @Option(help: "Time limit of the analyzed run, in seconds.") var timeout: Double = 300

    func run() throws {
        let query: SPARQLQuery
        do { query = try SPARQLQuery(try input.text(), baseIRI: input.base) } catch let e as SPARQLSyntaxError {
            throw FailurePath.exit(1).handle(e)
        }
        let snapshot = try input.snapshot()
        guard analyze else { return print(QueryEngine().explain(query, on: snapshot)) }
        guard timeout > 0, timeout <= 86_400 else {
            printError("--timeout must be more than 0 and at most 86400 seconds"); throw ExitCode(2)
        }
        do {
            let options = QueryOptions(timeout: .milliseconds(Int(timeout * 1000)))
            let (plan, solutions, elapsed) = try QueryEngine().explainAnalyzed(query, on: snapshot, options: options)
            print(plan)
            let (s, atto) = elapsed.components
            print("solutions: \(solutions), time: \(String(format: "%.3f", (Double(s) + Double(atto) / 1e18) * 1000)) ms")
        } catch let e as QueryEvaluationError {
            printError("query failed: \(e)"); throw ExitCode(2)
        }
    }
}
