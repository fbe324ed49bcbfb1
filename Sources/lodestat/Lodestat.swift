import ArgumentParser

@main
struct Lodestat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lodestat",
        abstract: "Metadata exposure API and linked-data server for official statistics.",
        subcommands: [ConvertCommand.self, StatsCommand.self, QueryCommand.self, ExplainCommand.self,
                      ValidateCommand.self, DescribeCommand.self, ExportCommand.self, ImportCommand.self, ServeCommand.self,
                      PublishCommand.self, ClassifyCommand.self]
    )
}
