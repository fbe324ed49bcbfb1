import ArgumentParser
import Catalog

/// `lodestat classify CODE --from nace-r2 --to nace-r2-1`: what an item becomes in another version.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Project a code of one classification version onto another through the correspondence tables.",
        discussion: """
            --to is a classification id or a day YYYY-MM-DD (the version of the same series valid that day). \
            Prints one line per target code: code, kind of the association read from --from to --to, label, \
            then the table used. Exit status 1 for an unknown classification, code, date or table (the message \
            names what exists).
            """
    )

    @Argument(help: "The code (or notation) in the source classification, e.g. 62.01.") var code: String
    @Option(help: "Source classification id, e.g. nace-r2.") var from: String
    @Option(help: "Target classification id or a day YYYY-MM-DD.") var to: String
    @Option(help: "Label language: fr or en.") var lang: String = "en"
    @OptionGroup var source: CatalogOptions

    func run() throws {
        let dataset = try source.load(failure: 1)
        let history = ClassificationHistory.of(CatalogViews(dataset))
        var out = StandardOutput()
        try failing(.exit(1)) {
            let scheme = try history.classification(from)
            let item = try history.item(code, in: scheme)
            let target: ClassificationView
            if let day = Day(to) { target = try history.version(validOn: day, like: scheme) }
            else if to.first?.isNumber == true { throw ClassificationHistoryError.badDate(to) }
            else { target = try history.classification(to) }
            let projection = try history.projection(of: item, from: scheme, to: target)
            out.write("\(scheme.id) \(item.code) \(item.labels.pick(lang)?.text ?? "")\n")
            if projection.targets.isEmpty { out.write("  (no target code)\n") }
            for t in projection.targets {
                out.write("→ \(target.id) \(t.code)\t\(t.kind ?? "?")\t\(t.labels?.pick(lang)?.text ?? "")\n")
            }
            out.write("table: \(projection.correspondence ?? "none (same version)") (\(projection.direction))\n")
            if let note = projection.notes?.pick(lang)?.text, projection.targets.isEmpty { out.write("note: \(note)\n") }
        }
        out.flush()
    }
}
