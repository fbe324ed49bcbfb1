import ArgumentParser
import RDFFormats

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Parse an RDF file (or standard input) and write it to standard output in another format.",
        discussion: "Formats: \(RDFFormat.allValueStrings.joined(separator: ", ")). Without --from the format comes from the file extension; without --to the output is N-Triples. On bad input: exit status 1 and FILE:LINE:COLUMN: message on standard error."
    )

    @Option(help: "Input format (default: from the file extension).") var from: RDFFormat?
    @Option(help: "Output format (default: ntriples).") var to: RDFFormat = .ntriples
    @Option(help: "Base IRI for resolving relative IRIs in the input (default: the file's file:// IRI).") var base: String?
    @Option(help: ArgumentHelp("Compact JSON-LD output with this JSON-LD context file (e.g. Ontologies/context.jsonld).", valueName: "FILE"))
    var context: String?
    @Argument(help: "The input file, or - for standard input.") var file: String

    func validate() throws {
        if context != nil && to != .jsonld { throw ValidationError("--context applies to --to jsonld only") }
    }

    func run() throws {
        guard let input = from ?? RDFFormat(fileName: file) else {
            throw ValidationError("cannot tell the format of '\(file)' from its extension: use --from")
        }
        var out = StandardOutput()
        try failing(.exit(1)) {
            let source = try ByteSource(path: file)
            try RDFConversion(from: input, to: to, base: base ?? ByteSource.fileIRI(forPath: file), contextFile: context)
                .run(source, to: &out)
        }
        out.flush()
    }
}
