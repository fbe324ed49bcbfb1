import ArgumentParser
import Catalog
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

    /// Writes the catalog's metadata structures and quality reports as SDMX-ML files.
    static func exportReferenceMetadata(_ views: CatalogViews, sdmxVersion: String, structures: String?, sets: String?) throws {
        guard let version = SDMXMLVersion(rawValue: sdmxVersion) else { throw ValidationError("--sdmx-version must be 2.1 or 3.0") }
        let metadata = ReferenceMetadata(views)
        let writer = ReferenceMetadataWriter(version: version)
        if let structures {
            let sink = try ByteSink.file(structures)
            try writer.writeStructure(metadata.structures, header: MessageHeader(), to: sink)
            try sink.close()
            printError("wrote \(metadata.structures.count) metadata structures to \(structures)")
        }
        if let sets {
            guard !metadata.sets.isEmpty else { throw SDMXError.badQuery("the catalog has no quality report to publish as SDMX") }
            let sink = try ByteSink.file(sets)
            try writer.writeMetadata(metadata.sets, header: MessageHeader(), to: sink)
            try sink.close()
            printError("wrote \(metadata.sets.count) metadata sets to \(sets)")
        }
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
