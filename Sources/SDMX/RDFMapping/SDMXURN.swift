/// A parsed SDMX URN: `urn:sdmx:org.sdmx.infomodel.{package}.{Class}={agency}:{id}({version})[.{item}]`.
public struct SDMXURN: Hashable, Sendable {
    public var className: String
    public var agencyID: String
    public var id: String
    public var version: String
    public var itemID: String?

    public init?(_ urn: String) {
        let prefix = "urn:sdmx:org.sdmx.infomodel."
        guard urn.hasPrefix(prefix), let eq = urn.firstIndex(of: "=") else { return nil }
        let head = urn[urn.index(urn.startIndex, offsetBy: prefix.count)..<eq]
        guard let dot = head.lastIndex(of: ".") else { return nil }
        className = String(head[head.index(after: dot)...])
        let body = urn[urn.index(after: eq)...]
        guard let colon = body.firstIndex(of: ":"), let open = body.firstIndex(of: "("),
              let close = body.firstIndex(of: ")"), colon < open, open < close else { return nil }
        agencyID = String(body[..<colon])
        id = String(body[body.index(after: colon)..<open])
        version = String(body[body.index(after: open)..<close])
        let rest = body[body.index(after: close)...]
        if rest.hasPrefix("."), rest.count > 1 { itemID = String(rest.dropFirst()) } else if rest.isEmpty { itemID = nil } else { return nil }
        if agencyID.isEmpty || id.isEmpty || version.isEmpty { return nil }
    }

    /// The maintainable reference, when the class names a maintainable type (or an item of one).
    public var reference: ArtefactReference? {
        let type: ArtefactType?
        switch className {
        case "Code": type = .codelist
        case "Concept": type = .conceptScheme
        case "Category": type = .categoryScheme
        default: type = ArtefactType(className: className)
        }
        guard let type else { return nil }
        return ArtefactReference(type, agencyID: agencyID, id: id, version: version)
    }
}
