import RDF

/// Turns a structure message into catalog triples (SKOS/XKOS for codelists, SKOS concept
/// schemes with `sdmx:Concept` concepts, QB + SDMX-RDF for data structures, `lds:Dataflow`s),
/// so that `SDMXMapping` gives the same artefacts back.
///
/// IRIs follow the catalog (`{base}classification/{ID}`, `{base}conceptscheme/{ID}`,
/// `{base}dsd/{ID}` with components under `{dsd}/component/{ID}`, `{base}dataflow/{ID}`,
/// `{base}categoryscheme/{ID}`); an id used by two artefacts of one type (other agency or
/// version) gets `_{AGENCY}_{VERSION}` appended. Every artefact carries `lds:sdmxUrn`, and
/// artefacts referenced but not in the message get a stub holding only their URN (and, for
/// concepts, their notation and scheme), so identities survive the trip.
///
/// Not carried (documented losses): annotations; dimension groups; an attribute attached to a
/// group or to dimensions other than the series key becomes a series (slice) attribute;
/// categorisations other than dataflow → category become nothing; categorisation ids are
/// re-derived as `CAT_{dataflow}_{category}`; text formats other than String, Decimal,
/// Integer and Double.
public struct SDMXToRDF: Sendable {
    public var base: String

    public init(base: String = "http://localhost:8080/id/") { self.base = base }

    /// The triples (without duplicates: each is produced once).
    public func triples(_ m: StructureMessage) -> [Triple] {
        var w = RDFWriterState(base: base, message: m)
        w.run()
        return w.out
    }
}

struct RDFWriterState {
    let base: String
    let message: StructureMessage
    var out: [Triple] = []
    var iris: [ArtefactReference: String] = [:]
    var stubbed = Set<String>()
    var themes = Set<[String]>()

    init(base: String, message: StructureMessage) {
        self.base = base
        self.message = message
        var used: [String: ArtefactReference] = [:]
        // a 2.1 structure set is imported as the representation maps it holds (one correspondence each)
        let maps = message.structureSets.flatMap(\.representationMaps).map(\.reference)
        for r in Set(message.references + maps).sorted() {
            var iri = Self.folder(base, r.type) + SDMXID.sanitize(r.id)
            if let other = used[iri], other != r { iri += "_\(SDMXID.sanitize(r.agencyID))_\(SDMXID.sanitize(r.version))" }
            used[iri] = r
            iris[r] = iri
        }
    }

    static func folder(_ base: String, _ type: ArtefactType) -> String {
        switch type {
        case .codelist: base + "classification/"
        case .conceptScheme: base + "conceptscheme/"
        case .categoryScheme: base + "categoryscheme/"
        case .categorisation: base + "categorisation/"
        case .dataStructure: base + "dsd/"
        case .dataflow: base + "dataflow/"
        case .representationMap: base + "correspondence/"
        case .structureSet: base + "structureset/"
        }
    }

    /// The IRI of an artefact; a referenced artefact outside the message gets a stub.
    mutating func iri(_ r: ArtefactReference) -> String {
        if let known = iris[r] { return known }
        let iri = Self.folder(base, r.type) + "\(SDMXID.sanitize(r.agencyID))/\(SDMXID.sanitize(r.id))/\(SDMXID.sanitize(r.version))"
        iris[r] = iri
        if stubbed.insert(iri).inserted { add(iri, LDS.sdmxUrn, .string(r.urn)) }
        return iri
    }

    func itemIRI(_ schemeIRI: String, _ id: String) -> String { schemeIRI + "/" + SDMXID.sanitize(id) }

    /// The concept an item reference names; a concept outside the message gets a stub.
    mutating func conceptIRI(_ r: ItemReference) -> String {
        let inMessage = message.conceptSchemes.contains { $0.reference == r.scheme && $0.concepts.contains { $0.id == r.itemID } }
        let scheme = iri(r.scheme)
        let concept = itemIRI(scheme, r.itemID)
        if !inMessage && stubbed.insert(concept).inserted {
            add(concept, SKOS.inScheme, .iri(scheme))
            add(concept, SKOS.notation, .string(r.itemID))
        }
        return concept
    }

    mutating func add(_ s: String, _ p: String, _ o: Term) { out.append(Triple(.iri(s), .iri(p), o)) }
    mutating func add(_ s: Term, _ p: String, _ o: Term) { out.append(Triple(s, .iri(p), o)) }

    mutating func texts(_ s: String, _ p: String, _ t: InternationalString) {
        for x in t.texts { add(s, p, .langString(x.text, x.language)) }
    }

    mutating func maintainable(_ s: String, _ r: ArtefactReference, _ identity: MaintainableIdentity) {
        add(s, SKOS.notation, .string(identity.id))
        add(s, DCTERMS.identifier, .string(identity.id))
        add(s, OWL.versionInfo, .string(identity.version))
        add(s, LDS.sdmxUrn, .string(r.urn))
        add(s, DCTERMS.publisher, .iri(base + "organisation/" + SDMXID.sanitize(identity.agencyID).lowercased()))
    }

    mutating func run() {
        for c in message.codelists { codelist(c) }
        for c in message.conceptSchemes { conceptScheme(c) }
        for c in message.categorySchemes { categoryScheme(c) }
        for d in message.dataStructures { dataStructure(d) }
        for d in message.dataflows { dataflow(d) }
        for c in message.categorisations { categorisation(c) }
        var seen = Set<MaintainableIdentity>()
        for m in message.representationMaps + message.structureSets.flatMap(\.representationMaps)
        where seen.insert(m.identity).inserted {
            correspondence(m)
        }
    }
}
