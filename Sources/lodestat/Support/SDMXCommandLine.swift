import ArgumentParser
import RDFFormats
import SDMX
import Store

/// The glue between the `export sdmx` / `import sdmx` commands and the SDMX library.
enum SDMXCommandLine {
    static func export(format: String, sdmxVersion: String, out: String?, snapshot: StoreSnapshot,
                       dataflowClasses: [String], artefact: String?,
                       agency: String?, id: String?, version: String?, references: String?) throws {
        guard let output = SDMXOutputFormat(format: format, sdmxVersion: sdmxVersion) else {
            throw ValidationError("--format must be xml or json and --sdmx-version 2.1 or 3.0")
        }
        let query = try artefact.map {
            try SDMXExporter.query(artefact: $0, agency: agency, id: id, version: version, references: references)
        }
        let message = try SDMXExporter.message(from: snapshot, query: query, dataflowClasses: dataflowClasses)
        let sink = try out.map(ByteSink.file) ?? ByteSink.standardOutput()
        try SDMXExporter.write(message, format: output, to: sink)
        try sink.close()
        if let out { printError("wrote \(message.references.count) artefacts to \(out)") }
    }

    static func importMessage(file: String, out: String?, base: String) throws {
        let (result, turtle) = try SDMXImport.turtle(from: ByteSource(path: file), base: base)
        for skipped in result.ignored { printError("not imported: \(skipped)") }
        let sink = try out.map(ByteSink.file) ?? ByteSink.standardOutput()
        try sink.write(turtle)
        try sink.close()
        if let out { printError("imported \(result.message.references.count) artefacts into \(out)") }
    }
}

/// Runs `body`, printing library errors (with their positions) and exiting 1 (`FailurePath.libraryErrors`).
func runReportingErrors(_ body: () throws -> Void) throws {
    try failing(.libraryErrors, body)
}
