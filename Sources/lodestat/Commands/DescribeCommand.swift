import ArgumentParser
import Catalog
import RDFFormats

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Describe one resource of the catalog: its properties with the labels of what they link to.",
        discussion: """
            The resource is an IRI (<…> or absolute), a CURIE using the catalog's prefixes or well-known ones \
            (skos:, dcterms:, qb:…), or a path under {base}id/ (e.g. series/DF_CPI.M.FR.00). \
            Exit status 1 when the resource is unknown.
            """
    )

    @OptionGroup var source: CatalogOptions
    @Option(help: "Base IRI the catalog is served under (IRIs under http://localhost:8080/ are rewritten to it).")
    var base: String = BaseRewriter.defaultBase
    @Option(help: "Label language: fr or en (falls back to the other, then to any).") var lang: String?
    @Option(help: "Output: text, or an RDF format (\(RDFFormat.allValueStrings.joined(separator: ", "))).")
    var format: String = "text"
    @Argument(help: "The resource: IRI, CURIE, or path under {base}id/.") var resource: String

    func validate() throws {
        if format != "text" && RDFFormat(argument: format) == nil {
            throw ValidationError("unknown format '\(format)': use text or one of \(RDFFormat.allValueStrings.joined(separator: ", "))")
        }
    }

    func run() throws {
        let dataset = try source.load(base: base, failure: 1)
        let describer = ResourceDescriber(dataset)
        var out = StandardOutput()
        try failing(.exit(1)) {
            if let rdf = RDFFormat(argument: format) {
                try describer.write(resource, format: rdf, to: &out)
            } else {
                out.write(try describer.describe(resource, language: lang).text(describer.prefixes))
            }
        }
        out.flush()
    }
}
