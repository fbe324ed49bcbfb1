import ArgumentParser
import Catalog
import SDMX

struct ExportSDMXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdmx",
        abstract: "Export codelists, concept schemes, category schemes, data structures and dataflows as SDMX.",
        discussion: "Without --artefact, every artefact of the catalog. JSON: SDMX-JSON 1.0 with --sdmx-version 2.1, 2.0.0 with 3.0. Reference metadata (SIMS structure, quality reports) goes to the files of --metadata-structures and --metadata-sets, in SDMX-ML."
    )

    @Option(help: "SDMX information-model version: 2.1 or 3.0.") var sdmxVersion = "2.1"
    @Option(help: "xml (SDMX-ML) or json (SDMX-JSON).") var format = "xml"
    @Option(help: "Output file (default: standard output).") var out: String?
    @OptionGroup var source: CatalogOptions
    @Option(help: "Export one artefact type: codelist, conceptscheme, datastructure, dataflow, categoryscheme, categorisation, structureset (2.1) or representationmap (3.0); a correspondence is both.")
    var artefact: String?
    @Option(help: "Maintenance agency of the artefact.") var agency: String?
    @Option(help: "Id of the artefact.") var id: String?
    @Option(help: "Version of the artefact (default: latest).") var version: String?
    @Option(help: "Related artefacts: none, parents, parentsandsiblings, children, descendants, all, or a type.")
    var references: String?
    @Option(help: ArgumentHelp("Also write the metadata structure definitions (SIMS) and their metadataflows to this file, as an SDMX-ML structure message (--sdmx-version).", valueName: "file"))
    var metadataStructures: String?
    @Option(help: ArgumentHelp("Also write the quality reports to this file, as SDMX-ML metadata sets (3.0) or generic metadata (2.1).", valueName: "file"))
    var metadataSets: String?

    func validate() throws {
        guard SDMXOutputFormat(format: format, sdmxVersion: sdmxVersion) != nil else {
            throw ValidationError("--format must be xml or json and --sdmx-version 2.1 or 3.0")
        }
        if artefact == nil && (agency != nil || id != nil || version != nil || references != nil) {
            throw ValidationError("--agency, --id, --version and --references need --artefact")
        }
    }

    func run() throws {
        let dataset = try source.load(failure: 1)
        try runReportingErrors {
            try SDMXCommandLine.export(format: format, sdmxVersion: sdmxVersion, out: out, snapshot: dataset.snapshot,
                                       dataflowClasses: dataset.mapping.classes(.dataflow),
                                       artefact: artefact, agency: agency, id: id, version: version, references: references)
            if metadataStructures != nil || metadataSets != nil {
                try SDMXCommandLine.exportReferenceMetadata(CatalogViews(dataset), sdmxVersion: sdmxVersion,
                                                            structures: metadataStructures, sets: metadataSets)
            }
        }
    }
}
