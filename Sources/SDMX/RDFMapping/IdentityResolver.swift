import RDF

/// Finds the SDMX identity (agency, id, version, finality) of a catalog resource.
///
/// In order of preference:
/// - `lds:sdmxUrn` when present (`urn:sdmx:…=AGENCY:ID(VERSION)`) gives all three;
/// - otherwise the agency is the `skos:notation` of the `dct:publisher`, the id the resource's
///   `skos:notation` (else `dct:identifier`, else the last IRI segment), the version its
///   `owl:versionInfo`;
/// - absent values fall back to `SDMXMapping.defaultAgency` and `SDMXMapping.defaultVersion`.
/// Catalog artefacts are published versions: `isFinal` is true.
/// Ids are made valid SDMX ids (`[A-Za-z0-9_@$-]+`): other characters become `_`.
struct IdentityResolver {
    let graph: GraphReader

    func identity(of resource: Term) -> MaintainableIdentity {
        if let urn = graph.string(resource, LDS.sdmxUrn), let parsed = SDMXURN(urn) {
            return MaintainableIdentity(agencyID: parsed.agencyID, id: parsed.id, version: parsed.version)
        }
        let agency = graph.object(resource, DCTERMS.publisher)
            .flatMap { graph.string($0, SKOS.notation) }
            .map(SDMXID.sanitize) ?? SDMXMapping.defaultAgency
        let version = graph.string(resource, OWL.versionInfo) ?? SDMXMapping.defaultVersion
        return MaintainableIdentity(agencyID: agency, id: itemID(of: resource), version: version)
    }

    /// The id of a resource: `skos:notation`, else `dct:identifier`, else the last IRI segment.
    func itemID(of resource: Term) -> String {
        if let n = graph.string(resource, SKOS.notation) { return SDMXID.sanitize(n) }
        if let n = graph.string(resource, DCTERMS.identifier) { return SDMXID.sanitize(n) }
        return SDMXID.sanitize(SDMXID.lastSegment(of: resource))
    }
}

/// Rules for SDMX identifiers.
public enum SDMXID {
    /// Replaces characters outside `[A-Za-z0-9_@$-]` by `_` (never returns an empty id).
    public static func sanitize(_ raw: String) -> String {
        let mapped = raw.unicodeScalars.map { c -> Character in
            let v = c.value
            let ok = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                || c == "_" || c == "@" || c == "$" || c == "-"
            return ok ? Character(c) : "_"
        }
        return mapped.isEmpty ? "_" : String(mapped)
    }

    /// True when `id` is already a valid SDMX id.
    public static func isValid(_ id: String) -> Bool { !id.isEmpty && sanitize(id) == id }

    static func lastSegment(of term: Term) -> String {
        switch term {
        case .iri(let iri):
            let tail = iri.split(whereSeparator: { $0 == "/" || $0 == "#" }).last.map(String.init)
            return tail ?? iri
        case .blankNode(let b): return b
        case .literal(let l): return l.lexicalForm
        }
    }
}
