import RDF

extension CatalogMapper {
    mutating func dataflow(_ resource: Term) -> Dataflow {
        let identity = self.identity(of: resource)
        let structure = graph.object(resource, QB.structure).map { ArtefactReference(.dataStructure, self.identity(of: $0)) }
        return Dataflow(identity: identity, names: names(resource, fallback: identity.id),
                        descriptions: descriptions(resource), structure: structure)
    }

    /// The concept of a component property, as a reference into its concept scheme.
    mutating func conceptReference(of property: Term, componentID: String) throws -> ItemReference {
        guard let concept = graph.object(property, QB.concept) else {
            throw SDMXError.mapping("component \(componentID) (\(property)) has no qb:concept")
        }
        guard let scheme = graph.objects(concept, SKOS.inScheme).first else {
            throw SDMXError.mapping("concept \(concept) of component \(componentID) is in no skos:inScheme")
        }
        return ItemReference(scheme: ArtefactReference(.conceptScheme, identity(of: scheme)),
                             itemID: identities.itemID(of: concept))
    }

    mutating func representation(of property: Term) -> Representation? {
        if let list = graph.object(property, QB.codeList) {
            return .enumeration(ArtefactReference(.codelist, identity(of: list)))
        }
        switch graph.object(property, RDFS.range)?.iriValue {
        case XSD.decimal?: return .textFormat(textType: "Decimal")
        case XSD.integer?: return .textFormat(textType: "Integer")
        case XSD.double?: return .textFormat(textType: "Double")
        case XSD.string?: return .textFormat(textType: "String")
        default: return nil
        }
    }

    func isTimeDimension(_ property: Term, id: String) -> Bool {
        let supers = graph.objects(property, RDFS.subPropertyOf)
        return supers.contains(.iri(SDMXRDFTerms.timePeriod)) || supers.contains(.iri(SDMXRDFTerms.refPeriod))
            || id == "TIME_PERIOD"
    }

    mutating func dataStructure(_ dsd: Term) throws -> DataStructure {
        let identity = self.identity(of: dsd)
        var dims: [(order: Int, property: Term)] = []
        var attrs: [(property: Term, spec: Term)] = []
        var measures: [Term] = []
        for spec in graph.objects(dsd, QB.component) {
            if let d = graph.object(spec, QB.dimension) {
                let order = graph.string(spec, QB.order).flatMap { Int($0) } ?? Int.max
                dims.append((order, d))
            } else if let a = graph.object(spec, QB.attribute) {
                attrs.append((a, spec))
            } else if let m = graph.object(spec, QB.measure) {
                measures.append(m)
            }
        }
        dims.sort { ($0.order, $0.property) < ($1.order, $1.property) }
        var out = DataStructure(identity: identity, names: names(dsd, fallback: identity.id),
                                descriptions: descriptions(dsd))
        for (_, property) in dims {
            let id = identities.itemID(of: property)
            let concept = try conceptReference(of: property, componentID: id)
            if isTimeDimension(property, id: id) && out.timeDimension == nil {
                out.timeDimension = TimeDimension(id: id, concept: concept)
            } else {
                out.dimensions.append(Dimension(id: id, position: out.dimensions.count + 1, concept: concept,
                                                representation: representation(of: property)))
            }
        }
        let seriesKey = seriesDimensions(of: dsd, structure: out)
        for (property, spec) in attrs.sorted(by: { $0.property < $1.property }) {
            let id = identities.itemID(of: property)
            let required = graph.string(spec, QB.componentRequired) == "true"
            let attachment: AttributeAttachment
            switch graph.object(spec, QB.componentAttachment)?.iriValue {
            case QB.DataSet?: attachment = .dataSet
            case QB.Slice?: attachment = .dimensions(seriesKey)
            default: attachment = .observation
            }
            out.attributes.append(DataAttribute(id: id, concept: try conceptReference(of: property, componentID: id),
                                                representation: representation(of: property),
                                                assignmentStatus: required ? .mandatory : .conditional,
                                                attachment: attachment))
        }
        if let m = measures.sorted().first {
            let id = identities.itemID(of: m)
            out.measure = PrimaryMeasure(id: id, concept: try conceptReference(of: m, componentID: id),
                                         representation: representation(of: m))
        }
        return out
    }

    /// The dimensions of the DSD's slice key (series key), in dimension order; all dimensions
    /// when the DSD declares no slice key.
    func seriesDimensions(of dsd: Term, structure: DataStructure) -> [String] {
        let all = structure.dimensions.map(\.id)
        guard let key = graph.object(dsd, QB.sliceKey) else { return all }
        let keyIDs = Set(graph.objects(key, QB.componentProperty).map { identities.itemID(of: $0) })
        let picked = all.filter { keyIDs.contains($0) }
        return picked.isEmpty ? all : picked
    }
}
