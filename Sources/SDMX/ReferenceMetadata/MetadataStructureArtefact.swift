import Catalog
import RDF

/// An SDMX metadata structure definition built from the catalog's (`MetadataStructure`).
public struct MetadataStructureArtefact: Sendable, Hashable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    /// The concept scheme of the attributes' concepts.
    public var conceptScheme: MaintainableIdentity
    /// Top-level attributes, each with its sub-attributes.
    public var attributes: [Attribute]

    public struct Attribute: Sendable, Hashable {
        public var id: String
        /// The concept's id in `conceptScheme`.
        public var conceptID: String
        public var presentational: Bool
        /// `XHTML`, `String` or `GregorianDay`; nil for a coded attribute.
        public var textType: String?
        public var codelist: MaintainableIdentity?
        public var children: [Attribute]
    }

    /// `MDF_{id}`: the metadataflow the structure's reports are published through.
    public var metadataflowID: String { "MDF_" + identity.id }

    init(_ msd: MetadataStructure, graph: GraphReader, identities: IdentityResolver) {
        identity = identities.identity(of: .iri(msd.iri))
        names = InternationalString(msd.labels.languages.compactMap { l in msd.labels[l].map { LocalisedString($0, language: l.isEmpty ? "en" : l) } })
        if names.isEmpty { names = InternationalString([LocalisedString(identity.id, language: "en")]) }
        conceptScheme = msd.conceptScheme.map { identities.identity(of: .iri($0.iri)) } ?? identity
        var children: [String: [MetadataStructure.MetadataAttribute]] = [:]
        for a in msd.attributes { children[a.parent ?? "", default: []].append(a) }
        func build(_ a: MetadataStructure.MetadataAttribute) -> Attribute {
            let textType: String?
            switch a.representation {
            case .richText: textType = "XHTML"
            case .date: textType = "GregorianDay"
            case .code: textType = nil
            case .heading, .text, .organisation: textType = "String"
            }
            return Attribute(id: SDMXID.sanitize(a.id),
                             conceptID: a.concept.map { identities.itemID(of: .iri($0.iri)) } ?? SDMXID.sanitize(a.id),
                             presentational: a.presentational, textType: a.representation == .code && a.codeList != nil ? nil : textType,
                             codelist: a.representation == .code ? a.codeList.map { identities.identity(of: .iri($0.iri)) } : nil,
                             children: (children[a.id] ?? []).map(build))
        }
        attributes = (children[""] ?? []).map(build)
    }

    public var urn: String { "urn:sdmx:org.sdmx.infomodel.metadatastructure.MetadataStructure=" + ReferenceMetadata.urnBody(identity) }
    public var metadataflowURN: String {
        "urn:sdmx:org.sdmx.infomodel.metadatastructure.Metadataflow="
            + ReferenceMetadata.urnBody(MaintainableIdentity(agencyID: identity.agencyID, id: metadataflowID, version: identity.version))
    }

    func conceptURN(_ conceptID: String) -> String {
        "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + ReferenceMetadata.urnBody(conceptScheme) + "." + conceptID
    }
}
