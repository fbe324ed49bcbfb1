import ArgumentParser
import Foundation
import RDFFormats
import Testing
@testable import lodestat

/// The command line as a public contract: `Lodestat.parseAsRoot` turns each documented command
/// line into its command with its options, refuses bad ones with a usage error (exit 64) naming
/// the problem, and the shared failure path (`FailurePath`) keeps each command's exit statuses.
@Suite struct CommandLineParsingTests {
    func parse<C: ParsableCommand>(_ arguments: [String], as type: C.Type,
                                   _ sourceLocation: SourceLocation = #_sourceLocation) throws -> C {
        let command = try Lodestat.parseAsRoot(arguments)
        return try #require(command as? C, "\(arguments) parsed as \(Swift.type(of: command))", sourceLocation: sourceLocation)
    }

    /// The message and exit status the parser gives for `arguments`, which must be refused.
    func refusal(_ arguments: [String], _ sourceLocation: SourceLocation = #_sourceLocation) -> (message: String, status: Int32) {
        do {
            let command = try Lodestat.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted as \(type(of: command))", sourceLocation: sourceLocation)
            return ("", 0)
        } catch {
            return (Lodestat.message(for: error), Lodestat.exitCode(for: error).rawValue)
        }
    }

    @Test func everyCommandIsThere() {
        func names(_ commands: [any ParsableCommand.Type]) -> [String] {
            var out: [String] = []
            for command in commands {
                let configuration: CommandConfiguration = command.configuration
                out.append(configuration.commandName ?? "")
            }
            return out
        }
        #expect(names(Lodestat.configuration.subcommands) == ["convert", "stats", "query", "explain", "validate", "describe",
                                                              "export", "import", "serve", "publish", "classify"])
        #expect(names(ExportCommand.configuration.subcommands) == ["sdmx", "dcat", "csv"])
        #expect(names(ImportCommand.configuration.subcommands) == ["sdmx"])
    }

    @Test func classify() throws {
        let c = try parse(["classify", "62.01", "--from", "nace-r2", "--to", "nace-r2-1", "--lang", "fr",
                           "--catalog", "Catalog"], as: ClassifyCommand.self)
        #expect(c.code == "62.01" && c.from == "nace-r2" && c.to == "nace-r2-1" && c.lang == "fr")
        #expect(c.source.catalog == "Catalog" && c.source.ontologies == nil)
        #expect(try parse(["classify", "62.01", "--from", "nace-r2", "--to", "2025-06-01"], as: ClassifyCommand.self).lang == "en")
        let missing = refusal(["classify", "62.01", "--from", "nace-r2"])
        #expect(missing.status == 64 && missing.message.contains("--to"))
    }

    @Test func convertAndDescribe() throws {
        let c = try parse(["convert", "--from", "turtle", "--to", "jsonld", "--context", "ctx.jsonld", "in.ttl"], as: ConvertCommand.self)
        #expect(c.from == .turtle && c.to == .jsonld && c.context == "ctx.jsonld" && c.file == "in.ttl")
        #expect(try parse(["convert", "in.ttl"], as: ConvertCommand.self).to == .ntriples)
        let context = refusal(["convert", "--to", "turtle", "--context", "ctx.jsonld", "in.ttl"])
        #expect(context.status == 64 && context.message.contains("--context applies to --to jsonld only"))
        #expect(refusal(["convert", "--to", "nope", "in.ttl"]).status == 64)
        let d = try parse(["describe", "--format", "turtle", "--lang", "fr", "dataflow/DF_CPI"], as: DescribeCommand.self)
        #expect(d.format == "turtle" && d.lang == "fr" && d.resource == "dataflow/DF_CPI" && d.base == "http://localhost:8080/")
        #expect(refusal(["describe", "--format", "pdf", "x"]).message.contains("unknown format 'pdf'"))
    }

    @Test func queryAndExplain() throws {
        let q = try parse(["query", "--data", "a.ttl", "--named", "b.ttl=http://g/", "--results", "csv", "--timeout", "2.5",
                           "--max-rows", "10", "--repeat", "3", "SELECT * {}"], as: QueryCommand.self)
        #expect(q.input.data == ["a.ttl"] && q.input.named == ["b.ttl=http://g/"] && q.input.query == "SELECT * {}")
        #expect(q.results == "csv" && q.timeout == 2.5 && q.maxRows == 10 && q.repeat == 3)
        #expect(refusal(["query", "--results", "pdf", "ASK {}"]).message.contains("unknown results format 'pdf'"))
        #expect(refusal(["query", "--repeat", "0", "ASK {}"]).message.contains("--repeat must be at least 1"))
        #expect(refusal(["query"]).message.contains("give the query text or --file"))
        #expect(refusal(["query", "--file", "q.rq", "ASK {}"]).status == 64)
        #expect(try parse(["explain", "--file", "q.rq"], as: ExplainCommand.self).input.queryFile == "q.rq")
    }

    @Test func validateAndStats() throws {
        let v = try parse(["validate", "--format", "json", "--shapes", "s.ttl"], as: ValidateCommand.self)
        #expect(v.format == .json && v.shapes == "s.ttl")
        #expect(refusal(["validate", "--format", "xml"]).status == 64)
        #expect(try parse(["stats", "a.ttl", "b.nt"], as: StatsCommand.self).files == ["a.ttl", "b.nt"])
    }

    @Test func exports() throws {
        let s = try parse(["export", "sdmx", "--sdmx-version", "3.0", "--format", "json", "--artefact", "representationmap",
                           "--agency", "ESTAT", "--id", "nace-r2-nace-r2-1", "--references", "children", "--out", "m.json"],
                          as: ExportSDMXCommand.self)
        #expect(s.sdmxVersion == "3.0" && s.format == "json" && s.artefact == "representationmap" && s.agency == "ESTAT")
        #expect(s.id == "nace-r2-nace-r2-1" && s.references == "children" && s.out == "m.json" && s.version == nil)
        #expect(refusal(["export", "sdmx", "--sdmx-version", "2.0"]).message.contains("--sdmx-version 2.1 or 3.0"))
        #expect(refusal(["export", "sdmx", "--id", "X"]).message.contains("need --artefact"))
        let d = try parse(["export", "dcat", "--format", "jsonld", "--license", "http://l/"], as: ExportDCATCommand.self)
        #expect(d.format == .jsonld && d.license == "http://l/")
        #expect(refusal(["export", "dcat", "--format", "trig"]).message.contains("--format must be turtle, ntriples, rdfxml or jsonld"))
        #expect(try parse(["export", "csv", "--classification", "nace-r2"], as: ExportCSVCommand.self).classification == "nace-r2")
        let both = refusal(["export", "csv", "--classification", "a", "--correspondence", "b"])
        #expect(both.status == 64 && both.message.contains("exactly one of --classification ID and --correspondence ID"))
        #expect(refusal(["export", "csv"]).status == 64)
        let i = try parse(["import", "sdmx", "m.xml", "--out", "m.ttl", "--base", "http://x/id/"], as: ImportSDMXCommand.self)
        #expect(i.file == "m.xml" && i.out == "m.ttl" && i.base == "http://x/id/")
    }

    @Test func serveAndPublish() throws {
        let s = try parse(["serve", "--host", "0.0.0.0", "--port", "9000", "--cors-origin", "https://a", "--cors-origin", "https://b",
                           "--max-rows", "5", "--event-loops", "2", "--admin-token", "t"], as: ServeCommand.self)
        #expect(s.host == "0.0.0.0" && s.port == 9000 && s.corsOrigin == ["https://a", "https://b"] && s.maxRows == 5)
        #expect(s.eventLoops == 2 && s.adminToken == "t" && s.base == nil && s.queryTimeout == 10)
        #expect(refusal(["serve", "--event-loops", "0"]).message.contains("--event-loops must be from 1 to 1024"))
        #expect(refusal(["serve", "--update-endpoint", "http://e/"]).message.contains("--update-endpoint is reserved"))
        #expect(refusal(["serve", "--port", "http"]).status == 64)
        let p = try parse(["publish", "--to", "http://e/store", "--replace", "--timeout", "5"], as: PublishCommand.self)
        #expect(p.to == "http://e/store" && p.replace && p.timeout == 5 && p.updateEndpoint == nil)
        #expect(refusal(["publish"]).message.contains("--to"))
    }

    @Test func unknownCommandsAndFlagsAreUsageErrors() {
        #expect(refusal(["frobnicate"]).status == 64)
        #expect(refusal(["classify", "01", "--from", "a", "--to", "b", "--fast"]).message.contains("--fast"))
    }

    /// Each path of the shared failure path gives the status its commands always gave.
    @Test func failurePathKeepsTheStatuses() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "broken" } }
        func status(_ error: any Error) -> Int32? { (error as? ExitCode)?.rawValue }
        #expect(status(FailurePath.exit(1).handle(Broken())) == 1)
        #expect(status(FailurePath.exit(2).handle(Broken())) == 2)
        // `exit` turns even an argument error of the work into its status (export csv: unknown correspondence → 1)
        #expect(status(FailurePath.exit(1).handle(ValidationError("unknown correspondence"))) == 1)
        #expect(FailurePath.exitAfterUsage(1).handle(ValidationError("x")) is ValidationError)
        #expect(status(FailurePath.exitAfterUsage(1).handle(Broken())) == 1)
        #expect(FailurePath.libraryErrors.handle(ValidationError("x")) is ValidationError)
        #expect(status(FailurePath.libraryErrors.handle(ExitCode(3))) == 3)
        #expect(status(FailurePath.libraryErrors.handle(Broken())) == 1)
        #expect(throws: ExitCode.self) { try failing(.exit(2)) { throw Broken() } }
        #expect(try failing(.exit(2)) { 42 } == 42)
    }
}
