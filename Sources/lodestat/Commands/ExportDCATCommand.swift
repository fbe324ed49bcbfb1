import ArgumentParser
import Foundation
import Catalog
import DCATAP
import RDFFormats

struct ExportDCATCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dcat",
        abstract: "Export the DCAT-AP 3.0.1 description of the catalog: catalog, datasets, distributions, data services.",
        discussion: """
            Access and download URLs are the server's routes under --base (the IRI the catalog is served under). \
            Exit status 1 when the catalog cannot be loaded or an option is invalid.
            """
    )

    @Option(help: "turtle, ntriples, rdfxml or jsonld.") var format: RDFFormat = .turtle
    @Option(help: "Output file (default: standard output).") var out: String?
    @Option(help: "Base IRI the catalog is served under (IRIs under http://localhost:8080/ are rewritten to it).")
    var base: String = BaseRewriter.defaultBase
    @Option(help: "Licence IRI (dct:license) when the catalog states none; by default no licence is claimed.")
    var license: String?
    @Option(help: ArgumentHelp("The URL the server answers at when it differs from --base (the IRIs' base): access URLs and endpoints use it.", valueName: "url"))
    var publicBase: String?
    @OptionGroup var source: CatalogOptions

    func validate() throws {
        guard [.turtle, .ntriples, .rdfxml, .jsonld].contains(format) else {
            throw ValidationError("--format must be turtle, ntriples, rdfxml or jsonld")
        }
    }

    func run() throws {
        let dataset = try source.load(base: base, failure: 1)
        try runReportingErrors {
            let quads = try DCATAPExporter.quads(from: dataset, options: DCATAPOptions(license: license, publicBase: publicBase))
            var text = ""
            try DCATAPExporter.write(quads, format: format, base: dataset.base, to: &text)
            if let out {
                try text.write(toFile: out, atomically: true, encoding: .utf8)
                printError("wrote \(quads.count) triples to \(out)")
            } else {
                var stdout = StandardOutput()
                stdout.write(text)
                stdout.flush()
            }
        }
    }
}
