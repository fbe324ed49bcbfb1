/// A value filter of a REST path segment: everything, or some values.
public enum ValueSelector: Hashable, Sendable {
    case all
    case values([String])

    public func matches(_ value: String) -> Bool {
        switch self {
        case .all: true
        case .values(let v): v.contains(value)
        }
    }
}

/// The version segment of a REST path.
public enum VersionSelector: Hashable, Sendable {
    case all
    /// The highest version (1.5 `latest`, 2 `~`).
    case latest
    /// The highest final version (2 `+`).
    case latestStable
    case values([String])
}

/// Which related artefacts to return with the matches (`references=`).
public enum ReferenceDetail: Hashable, Sendable {
    case none, parents, parentsAndSiblings, ancestors, children, descendants, all
    /// Related artefacts of one type.
    case type(ArtefactType)
}

/// How much of each artefact to return (`detail=`); `StructureDetailShaper` applies it. `raw`
/// (REST 2: without resolving item scheme extensions) equals `full` here, as the catalog holds
/// no extension.
public enum StructureDetail: String, Hashable, Sendable, CaseIterable {
    case full, allstubs, referencestubs, allcompletestubs, referencecompletestubs, referencepartial, raw
}

/// The REST API version a query came in with (it decides the empty-result status).
public enum SDMXRESTVersion: String, Hashable, Sendable {
    case v1 = "1.5"
    case v2 = "2.0"
}

/// A parsed SDMX REST structure query (no HTTP here: the server parses the path and the query
/// string with `StructureQueryParser` and answers with `StructureQueryResolver`).
public struct StructureQuery: Hashable, Sendable {
    public var api: SDMXRESTVersion
    public var types: [ArtefactType]
    public var agencies: ValueSelector
    public var ids: ValueSelector
    public var versions: VersionSelector
    public var items: ValueSelector
    public var detail: StructureDetail
    public var references: ReferenceDetail

    public init(api: SDMXRESTVersion = .v1, types: [ArtefactType] = ArtefactType.allCases, agencies: ValueSelector = .all,
                ids: ValueSelector = .all, versions: VersionSelector = .latest, items: ValueSelector = .all,
                detail: StructureDetail = .full, references: ReferenceDetail = .none) {
        self.api = api
        self.types = types
        self.agencies = agencies
        self.ids = ids
        self.versions = versions
        self.items = items
        self.detail = detail
        self.references = references
    }
}

/// The outcome of a query: an HTTP-like status (the spec's) and the message to send.
public struct StructureQueryResult: Sendable {
    /// 200 found; 204 (REST 2) or 404 (REST 1.5) no match; 400 bad query; 501 not implemented.
    public var status: Int
    public var message: StructureMessage?
    /// Why a 400, 404 or 501 was given.
    public var reason: String?

    public init(status: Int, message: StructureMessage? = nil, reason: String? = nil) {
        self.status = status
        self.message = message
        self.reason = reason
    }
}
