import ArgumentParser
import Catalog

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate the catalog against its SHACL shapes and print the report.",
        discussion: """
            The data graph is every file of the catalog and the ontologies except the shapes; the shapes graph is \
            Ontologies/shapes (or --shapes). Files are validated as written (IRIs under http://localhost:8080/, \
            which the shapes' patterns expect). Exit status: 0 when there is no violation, 1 when there is at least \
            one, 2 when the catalog, the shapes or the vocabulary mapping cannot be loaded (FILE:LINE:COLUMN: message \
            on standard error). Classes and properties the mapping names that the catalog never uses are \
            warnings on standard error (FILE:LINE: warning: …).
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var source: CatalogOptions
    @Option(help: ArgumentHelp("A folder of SHACL shapes to use instead of Ontologies/shapes.", valueName: "dir"))
    var shapes: String?
    @Option(help: "Report format: text or json.") var format: OutputFormat = .text

    func run() throws {
        let dataset = try source.load(shapes: shapes, failure: 2)
        let validator = try failing(.exit(2)) { try ShaclValidator(shapesGraph: dataset.shapesGraph) }
        // What the vocabulary mapping names and this catalog never uses: warnings, not failures.
        for warning in dataset.mapping.unused(in: dataset) { printError(warning) }
        let report = validator.validate(dataset.dataGraph)
        let formatter = ValidationReportFormatter(prefixes: PrefixMap(dataset.prefixes), shapes: validator.shapes)
        var out = StandardOutput()
        out.write(format == .json ? try formatter.json(report) + "\n" : formatter.text(report))
        out.flush()
        if report.hasViolations { throw ExitCode(1) }
    }
}
