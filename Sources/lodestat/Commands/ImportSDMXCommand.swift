import ArgumentParser
import SDMX

struct ImportSDMXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdmx",
        abstract: "Convert an SDMX-ML 2.1 or 3.0 structure message into catalog Turtle (SKOS, XKOS, QB, SDMX-RDF)."
    )

    @Argument(help: "The SDMX-ML structure message.") var file: String
    @Option(help: "Output Turtle file (default: standard output).") var out: String?
    @Option(help: "Base IRI of the imported resources.") var base = "http://localhost:8080/id/"

    func run() throws {
        try runReportingErrors { try SDMXCommandLine.importMessage(file: file, out: out, base: base) }
    }
}
