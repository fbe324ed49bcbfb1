import ArgumentParser

/// `lodestat import …`: bring outside metadata into catalog Turtle.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert outside metadata into catalog Turtle.",
        subcommands: [ImportSDMXCommand.self]
    )
}
