import ArgumentParser

/// `lodestat export …`: dissemination formats.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the catalog in a dissemination format.",
        subcommands: [ExportSDMXCommand.self, ExportDCATCommand.self, ExportCSVCommand.self]
    )
}
