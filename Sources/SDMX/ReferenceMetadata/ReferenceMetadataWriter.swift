/// Writes reference metadata as SDMX-ML: metadata structure definitions (with their metadataflows)
/// in a structure message, and metadata sets in a generic metadata message, in SDMX-ML 2.1 or 3.0.
/// Element order follows the official schemas (checked with xmllint in the tests). Rich text is
/// written as XHTML inside `StructuredText`, wrapped in one `<div xmlns="http://www.w3.org/1999/xhtml">`.
public struct ReferenceMetadataWriter: Sendable {
    public let version: SDMXMLVersion

    public init(version: SDMXMLVersion) { self.version = version }

    /// The media type of a metadata message (structure messages use `SDMXMLVersion.mediaType`).
    public var metadataMediaType: String {
        version == .v2_1 ? "application/vnd.sdmx.genericmetadata+xml;version=2.1" : "application/vnd.sdmx.metadata+xml;version=3.0.0"
    }

    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"

    // MARK: structure message

    public func structureBytes(_ structures: [MetadataStructureArtefact], header: MessageHeader) throws -> [UInt8] {
        let sink = ByteSink.memory()
        try writeStructure(structures, header: header, to: sink)
        return sink.bytes
    }

    public func writeStructure(_ structures: [MetadataStructureArtefact], header: MessageHeader, to sink: ByteSink) throws {
        let out = try XMLOutput(sink: sink)
        try out.messageRoot(version)
        try out.header(header)
        try out.start("mes:Structures")
        try out.start("str:Metadataflows")
        for s in structures {
            try out.start("str:Metadataflow")
            try maintainable(out, id: s.metadataflowID, agency: s.identity.agencyID, version: s.identity.version,
                             urn: s.metadataflowURN)
            try out.names(s.names, InternationalString(), fallback: s.identity.id)
            if version == .v2_1 {
                try out.start("str:Structure")
                try ref(out, agency: s.identity.agencyID, id: s.identity.id, version: s.identity.version,
                        className: "MetadataStructure", package: "metadatastructure")
                try out.end()
            } else {
                try out.element("str:Structure", text: s.urn)
                try out.element("str:Target", text: "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=*:*(*)")
            }
            try out.end()
        }
        try out.end()
        try out.start("str:MetadataStructures")
        for s in structures {
            try out.start("str:MetadataStructure")
            try maintainable(out, id: s.identity.id, agency: s.identity.agencyID, version: s.identity.version, urn: s.urn)
            try out.names(s.names, InternationalString(), fallback: s.identity.id)
            try out.start("str:MetadataStructureComponents")
            if version == .v2_1 {
                try out.start("str:MetadataTarget")
                try out.attribute("id", "DATAFLOW_TARGET")
                try out.start("str:IdentifiableObjectTarget")
                try out.attribute("id", "DATAFLOW")
                try out.attribute("objectType", "Dataflow")
                try out.start("str:LocalRepresentation")
                try out.element("str:TextFormat", [("textType", "IdentifiableReference")])
                try out.end(); try out.end(); try out.end()
                try out.start("str:ReportStructure")
                try out.attribute("id", "REPORT")
                for a in s.attributes { try attribute(out, a, s) }
                try out.start("str:MetadataTarget")
                try out.element("Ref", [("id", "DATAFLOW_TARGET")])
                try out.end()
                try out.end()
            } else {
                try out.start("str:MetadataAttributeList")
                try out.attribute("id", "MetadataAttributeDescriptor")
                for a in s.attributes { try attribute(out, a, s) }
                try out.end()
            }
            try out.end()
            try out.end()
        }
        try out.end()
        try out.end()
        try out.end()
        try out.finish()
    }

    private func maintainable(_ out: XMLOutput, id: String, agency: String, version v: String, urn: String) throws {
        try out.attribute("urn", urn)
        try out.attribute("id", id)
        try out.attribute("agencyID", agency)
        try out.attribute("version", v)
        if version == .v2_1 { try out.attribute("isFinal", "true") }
    }

    private func ref(_ out: XMLOutput, agency: String, id: String, version v: String, className: String, package: String,
                     parent: (id: String, version: String)? = nil) throws {
        var attributes = [("agencyID", agency)]
        if let parent { attributes += [("maintainableParentID", parent.id), ("maintainableParentVersion", parent.version)] }
        attributes += [("id", id)]
        if parent == nil { attributes.append(("version", v)) }
        attributes += [("class", className), ("package", package)]
        try out.element("Ref", attributes)
    }

    private func attribute(_ out: XMLOutput, _ a: MetadataStructureArtefact.Attribute, _ s: MetadataStructureArtefact) throws {
        try out.start("str:MetadataAttribute")
        try out.attribute("id", a.id)
        try out.attribute("minOccurs", "0")
        if a.presentational { try out.attribute("isPresentational", "true") }
        try out.start("str:ConceptIdentity")
        if version == .v2_1 {
            try ref(out, agency: s.conceptScheme.agencyID, id: a.conceptID, version: "", className: "Concept",
                    package: "conceptscheme", parent: (s.conceptScheme.id, s.conceptScheme.version))
        } else {
            try out.text(s.conceptURN(a.conceptID))
        }
        try out.end()
        if !a.presentational {
            try out.start("str:LocalRepresentation")
            if let list = a.codelist {
                try out.start("str:Enumeration")
                if version == .v2_1 {
                    try ref(out, agency: list.agencyID, id: list.id, version: list.version, className: "Codelist", package: "codelist")
                } else {
                    try out.text("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=" + ReferenceMetadata.urnBody(list))
                }
                try out.end()
            } else {
                try out.element("str:TextFormat", [("textType", a.textType ?? "String")])
            }
            try out.end()
        }
        for child in a.children { try attribute(out, child, s) }
        try out.end()
    }

    // MARK: metadata message

    public func metadataBytes(_ sets: [MetadataSetArtefact], header: MessageHeader) throws -> [UInt8] {
        let sink = ByteSink.memory()
        try writeMetadata(sets, header: header, to: sink)
        return sink.bytes
    }

    public func writeMetadata(_ sets: [MetadataSetArtefact], header: MessageHeader, to sink: ByteSink) throws {
        let out = try XMLOutput(sink: sink)
        try out.startDocument()
        try out.start("mes:GenericMetadata")
        try out.attribute("xmlns:mes", version.messageNamespace)
        try out.attribute("xmlns:com", version.commonNamespace)
        let folder = version == .v2_1 ? "v2_1" : "v3_0"
        let prefix = version == .v2_1 ? "gen" : "md"
        try out.attribute("xmlns:\(prefix)", "http://www.sdmx.org/resources/sdmxml/schemas/\(folder)/metadata/generic")
        try out.start("mes:Header")
        try out.element("mes:ID", text: header.id)
        try out.element("mes:Test", text: header.test ? "true" : "false")
        try out.element("mes:Prepared", text: header.prepared)
        try out.element("mes:Sender", [("id", header.senderID)])
        var structures: [MetadataStructureArtefact] = []
        for s in sets where !structures.contains(where: { $0.identity == s.structure.identity }) { structures.append(s.structure) }
        if structures.isEmpty, version == .v3_0 {
            // The 3.0 header names at least one structure, even for an empty message.
            throw SDMXError.badQuery("no metadata set to write")
        }
        for s in structures {
            try out.start("mes:Structure")
            try out.attribute("structureID", s.identity.id)
            try out.start("com:Structure")
            if version == .v2_1 {
                try ref(out, agency: s.identity.agencyID, id: s.identity.id, version: s.identity.version,
                        className: "MetadataStructure", package: "metadatastructure")
            } else {
                try out.text(s.urn)
            }
            try out.end()
            try out.end()
        }
        try out.end()
        for set in sets { try version == .v2_1 ? metadataSet21(out, set) : metadataSet30(out, set) }
        try out.end()
        try out.finish()
    }

    private func metadataSet30(_ out: XMLOutput, _ set: MetadataSetArtefact) throws {
        try out.start("mes:MetadataSet")
        try out.attribute("id", set.id)
        try out.attribute("agencyID", set.agencyID)
        try out.attribute("version", set.version)
        try out.names(set.names, InternationalString(), fallback: set.id)
        try out.element("md:Metadataflow", text: set.structure.metadataflowURN)
        for t in set.targets { try out.element("md:Target", text: t) }
        for v in set.attributes { try value(out, v, element: "md:Attribute", children: nil) }
        try out.end()
    }

    private func metadataSet21(_ out: XMLOutput, _ set: MetadataSetArtefact) throws {
        try out.start("mes:MetadataSet")
        try out.attribute("structureRef", set.structure.identity.id)
        try out.attribute("setID", set.id)
        try out.names(set.names, InternationalString(), fallback: set.id)
        for t in set.targets {
            try out.start("gen:Report")
            try out.attribute("id", "REPORT")
            try out.start("gen:Target")
            try out.attribute("id", "DATAFLOW_TARGET")
            try out.start("gen:ReferenceValue")
            try out.attribute("id", "DATAFLOW")
            try out.start("gen:ObjectReference")
            try out.element("URN", text: t)
            try out.end(); try out.end(); try out.end()
            try out.start("gen:AttributeSet")
            for v in set.attributes { try value(out, v, element: "gen:ReportedAttribute", children: "gen:AttributeSet") }
            try out.end()
            try out.end()
        }
        try out.end()
    }

    /// One reported attribute: 3.0 nests `md:Attribute` directly; 2.1 wraps sub-attributes in an
    /// `AttributeSet` and carries a plain value in the `value` attribute.
    private func value(_ out: XMLOutput, _ v: MetadataSetArtefact.Value, element: String, children: String?) throws {
        try out.start(element)
        try out.attribute("id", v.id)
        if version == .v2_1, let plain = v.value { try out.attribute("value", plain) }
        if version == .v3_0, let plain = v.value { try out.element("md:Value", text: plain) }
        for t in v.texts { try out.element("com:Text", "xml:lang", t.language, text: t.text) }
        for t in v.xhtml {
            try out.start("com:StructuredText")
            try out.attribute("xml:lang", t.language)
            try out.raw("<div xmlns=\"\(Self.xhtmlNamespace)\">" + t.text + "</div>")
            try out.end()
        }
        if !v.children.isEmpty {
            if let children { try out.start(children) }
            for c in v.children { try value(out, c, element: element, children: children) }
            if children != nil { try out.end() }
        }
        try out.end()
    }
}
