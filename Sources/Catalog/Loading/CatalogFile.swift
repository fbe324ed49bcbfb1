import Foundation
import RDF
import RDFFormats

/// One file of the catalog and the named graph it is loaded into.
///
/// Graph names are `urn:lodestat:graph:{root}/{relative path}`, where root is `catalog`,
/// `ontologies` or `shapes` (a `--shapes` folder): stable whatever the base IRI or the folder
/// the catalog sits in, so a file keeps its graph name across machines and reloads.
public struct CatalogFile: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        /// Catalog content and vocabulary: the data graph of validation.
        case data
        /// SHACL shapes: the shapes graph of validation.
        case shapes
    }

    /// The path on disk.
    public let path: String
    /// `catalog/...`, `ontologies/...` or `shapes/...`.
    public let relativeName: String
    public let format: RDFFormat
    public let role: Role

    public static let graphPrefix = "urn:lodestat:graph:"

    public init(path: String, relativeName: String, format: RDFFormat, role: Role) {
        self.path = path
        self.relativeName = relativeName
        self.format = format
        self.role = role
    }

    /// The named graph's IRI.
    public var graphIRI: String { Self.graphPrefix + Self.percentEncode(relativeName) }

    /// Files no RDF parser should see, by name: `context.jsonld` is a JSON-LD context, not data.
    public static let ignoredNames: Set<String> = ["context.jsonld"]

    /// The RDF files under `directory`, recursively, sorted by relative path. Hidden files and
    /// files without an RDF extension are skipped; `excluding` names subfolders to leave out.
    static func scan(_ directory: String, root: String, role: Role, excluding: Set<String> = [],
                     roleOf: (String) -> Role = { _ in .data }) throws -> [CatalogFile] {
        guard CatalogLocation.isDirectory(directory) else { throw CatalogError.missingDirectory(directory) }
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            throw CatalogError.missingDirectory(directory)
        }
        var files: [CatalogFile] = []
        while let next = walker.nextObject() as? String {
            let components = next.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            if let first = components.first, excluding.contains(String(first)), components.count > 1 { continue }
            let name = String(components.last ?? "")
            guard !ignoredNames.contains(name), let format = RDFFormat(fileName: name) else { continue }
            let path = base + "/" + next
            guard !CatalogLocation.isDirectory(path) else { continue }
            files.append(CatalogFile(path: path, relativeName: root + "/" + next, format: format,
                                     role: role == .shapes ? .shapes : roleOf(next)))
        }
        return files.sorted { $0.relativeName < $1.relativeName }
    }

    /// Escapes the characters an IRI cannot hold (space, `<>"{}|^\` and controls) and the
    /// delimiters `%#?` as %XX; other characters, non-ASCII ones included, are kept.
    static func percentEncode(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            let v = ch.value
            if v <= 0x20 || v == 0x7F || "<>\"{}|^`\\%#?".unicodeScalars.contains(ch) {
                out += "%" + String(v, radix: 16, uppercase: true).leftPadded(2)
            } else {
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
