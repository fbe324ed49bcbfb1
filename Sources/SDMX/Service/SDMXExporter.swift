import RDF
import Store

/// An SDMX output format: SDMX-ML or SDMX-JSON, with its version.
public enum SDMXOutputFormat: Hashable, Sendable {
    case xml(SDMXMLVersion)
    case json(SDMXJSONVersion)

    /// The format for `--format xml|json` and `--sdmx-version 2.1|3.0` (JSON: 2.1 → SDMX-JSON
    /// 1.0, 3.0 → SDMX-JSON 2.0.0, the JSON versions that go with each information model).
    public init?(format: String, sdmxVersion: String) {
        guard let v = SDMXMLVersion(rawValue: sdmxVersion) else { return nil }
        switch format {
        case "xml": self = .xml(v)
        case "json": self = .json(v == .v2_1 ? .v1_0 : .v2_0)
        default: return nil
        }
    }

    public var mediaType: String {
        switch self {
        case .xml(let v): v.mediaType
        case .json(let v): v.mediaType
        }
    }
}

/// The work behind `lodestat export sdmx`: catalog snapshot → SDMX artefacts → filtered by an
/// optional structure query → written in one format.
public enum SDMXExporter {
    /// The message for a snapshot, narrowed by `query` when given. Throws when nothing matches.
    /// `dataflowClasses`: the vocabulary mapping's dataflow classes.
    public static func message(from snapshot: StoreSnapshot, query: StructureQuery?,
                               header: MessageHeader = MessageHeader(),
                               dataflowClasses: [String] = [LDS.Dataflow]) throws -> StructureMessage {
        let all = try SDMXMapping.structureMessage(from: snapshot, header: header, dataflowClasses: dataflowClasses)
        guard let query else { return all }
        let result = StructureQueryResolver(catalog: all).resolve(query, header: header)
        guard result.status == 200, let m = result.message else {
            throw SDMXError.badQuery(result.reason ?? "no artefact matches")
        }
        return m
    }

    public static func write(_ message: StructureMessage, format: SDMXOutputFormat, to sink: ByteSink) throws {
        switch format {
        case .xml(let v): try SDMXMLWriter(version: v).write(message, to: sink)
        case .json(let v): try SDMXJSONWriter(version: v).write(message, to: sink)
        }
    }

    /// A one-artefact query from command-line style filters (`--artefact --agency --id --version
    /// --references`); versions default to the latest.
    public static func query(artefact: String, agency: String?, id: String?, version: String?,
                             references: String?) throws -> StructureQuery {
        guard let type = ArtefactType(restName: artefact) else {
            throw SDMXError.badQuery("unknown artefact type \(artefact) (\(ArtefactType.allCases.map(\.restV1Resource).joined(separator: ", ")))")
        }
        var q = StructureQuery(api: .v1, types: [type], agencies: agency.map { .values([$0]) } ?? .all,
                               ids: id.map { .values([$0]) } ?? .all, versions: version.map { .values([$0]) } ?? .latest)
        if let references {
            do { q.references = try StructureQueryParser.references(references, api: .v2) } catch {
                throw SDMXError.badQuery(error.message)
            }
        }
        return q
    }
}
