import ArgumentParser
import Catalog

/// `lodestat export csv`: one classification version or one correspondence table as CSV.
struct ExportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Export a classification version (code, parent, level, labels fr/en, validity) or a correspondence table as CSV.",
        discussion: """
            Give --classification ID (e.g. nace-r2-1) or --correspondence ID (e.g. nace-r2-nace-r2-1). \
            The same CSV as GET /api/export/classifications/{id} and /api/export/correspondences/{id}. \
            Exit status 1 when the catalog cannot be loaded or the id is unknown (the message lists the ids).
            """
    )

    @Option(help: "The classification id.") var classification: String?
    @Option(help: "The correspondence id.") var correspondence: String?
    @Option(help: "Output file (default: standard output).") var out: String?
    @OptionGroup var source: CatalogOptions

    func validate() throws {
        guard (classification == nil) != (correspondence == nil) else {
            throw ValidationError("give exactly one of --classification ID and --correspondence ID")
        }
    }

    func run() throws {
        let dataset = try source.load(failure: 1)
        let history = ClassificationHistory.of(CatalogViews(dataset))
        // an unknown correspondence is a failure of the command (exit 1), not a usage error
        let text: String = try failing(.exit(1)) {
            if let classification {
                return ClassificationCSV.version(try history.classification(classification))
            }
            let id = correspondence ?? ""
            guard let table = history.correspondence(id) else {
                throw ValidationError("unknown correspondence '\(id)'; correspondences: "
                                      + history.correspondences.map(\.id).joined(separator: ", "))
            }
            return ClassificationCSV.correspondence(table, history: history)
        }
        if let out {
            do { try text.write(toFile: out, atomically: true, encoding: .utf8) } catch {
                throw FailurePath.exit(1).handle(CannotWrite(path: out, error: error))
            }
        } else {
            var stdout = StandardOutput()
            stdout.write(text)
            stdout.flush()
        }
    }
}
