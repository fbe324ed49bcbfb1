import ArgumentParser

@main
struct Lodestat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lodestat",
        abstract: "Metadata exposure API and linked-data server for official statistics.",
        subcommands: [ConvertCommand.self, StatsCommand.self, ValidateCommand.self, DescribeCommand.self, ServeCommand.self]
    )
}
