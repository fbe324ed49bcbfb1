extension StructureMessageBuilder {
    /// A reference as written: `<Ref …/>` attributes (2.1) or a URN (2.1 `<URN>`, 3.0 text).
    enum ReferenceValue {
        case attributes([String: String])
        case urn(String)
    }

    func maintainableReference(_ value: ReferenceValue, default type: ArtefactType) throws -> ArtefactReference {
        switch value {
        case .urn(let u):
            guard let parsed = SDMXURN(u), let r = parsed.reference else { throw invalid("malformed SDMX URN \(u)") }
            return r
        case .attributes(let a):
            guard let id = a["id"], let agency = a["agencyID"] else { throw invalid("<Ref> needs agencyID and id") }
            let type = a["class"].flatMap(ArtefactType.init(className:)) ?? type
            return ArtefactReference(type, agencyID: agency, id: id, version: a["version"] ?? "1.0")
        }
    }

    func itemReference(_ value: ReferenceValue, scheme type: ArtefactType) throws -> ItemReference {
        switch value {
        case .urn(let u):
            guard let parsed = SDMXURN(u), let item = parsed.itemID else { throw invalid("malformed SDMX item URN \(u)") }
            return ItemReference(scheme: ArtefactReference(type, agencyID: parsed.agencyID, id: parsed.id, version: parsed.version),
                                 itemID: item)
        case .attributes(let a):
            guard let id = a["id"], let agency = a["agencyID"], let parentID = a["maintainableParentID"] else {
                throw invalid("<Ref> to an item needs agencyID, maintainableParentID and id")
            }
            return ItemReference(scheme: ArtefactReference(type, agencyID: agency, id: parentID,
                                                           version: a["maintainableParentVersion"] ?? "1.0"), itemID: id)
        }
    }

    /// The local id of a `<Ref id=…/>` (2.1 local references).
    func localID(_ value: ReferenceValue) -> String? {
        switch value {
        case .attributes(let a): a["id"]
        case .urn(let u): SDMXURN(u)?.itemID ?? u
        }
    }

    /// Files a reference found inside `context` (its parent element), itself inside `outer`.
    func reference(_ value: ReferenceValue, context: String, outer: String) throws {
        if try mappingReference(value, context: context, outer: outer) { return }
        switch (context, outer) {
        case ("ConceptIdentity", _):
            let r = try itemReference(value, scheme: .conceptScheme)
            component?.concept = r
        case ("Enumeration", _):
            let r = Representation.enumeration(try maintainableReference(value, default: .codelist))
            if component != nil { component?.representation = r } else if concept != nil { concept?.coreRepresentation = r }
        case ("Structure", "Dataflow"):
            dataflow?.structure = try maintainableReference(value, default: .dataStructure)
        case ("Source", _):
            categorisation?.source = try maintainableReference(value, default: .dataflow)
        case ("Target", _):
            categorisation?.target = try itemReference(value, scheme: .categoryScheme)
        case ("Parent", _):
            if code != nil { code?.parentID = localID(value) } else if concept != nil { concept?.parentID = localID(value) }
        case ("Dimension", "AttributeRelationship"):
            if let id = localID(value) { component?.dimensions.append(id) }
        case ("AttachmentGroup", _), ("Group", "AttributeRelationship"):
            component?.group = localID(value)
        case ("PrimaryMeasure", "AttributeRelationship"):
            component?.observation = true
        case ("DimensionReference", _):
            if let id = localID(value) { group?.dimensionIDs.append(id) }
        default:
            break
        }
    }
}
