import RDFFormats

/// SDMX-JSON structure message 1.0: references are URNs, the DSD has a primary measure.
struct SDMXJSON10Encoder {
    func message(_ m: StructureMessage) -> JSONValue {
        var data: [String: JSONValue] = [:]
        if !m.codelists.isEmpty { data["codelists"] = .array(m.codelists.map(codelist)) }
        if !m.conceptSchemes.isEmpty { data["conceptSchemes"] = .array(m.conceptSchemes.map(conceptScheme)) }
        if !m.categorySchemes.isEmpty { data["categorySchemes"] = .array(m.categorySchemes.map(categoryScheme)) }
        if !m.categorisations.isEmpty { data["categorisations"] = .array(m.categorisations.map(categorisation)) }
        if !m.dataStructures.isEmpty { data["dataStructures"] = .array(m.dataStructures.map(dataStructure)) }
        if !m.dataflows.isEmpty { data["dataflows"] = .array(m.dataflows.map(dataflow)) }
        if !m.structureSets.isEmpty { data["structureSets"] = .array(m.structureSets.map(structureSet)) }
        return .object(["meta": jsonMeta(m.header, .v1_0, m), "data": .object(data)])
    }

    func maintainable(_ ref: ArtefactReference, _ identity: MaintainableIdentity, _ names: InternationalString,
                      _ descriptions: InternationalString) -> [String: JSONValue] {
        var o: [String: JSONValue] = [
            "id": .string(identity.id), "agencyID": .string(identity.agencyID), "version": .string(identity.version),
            "isFinal": .bool(identity.isFinal), "isExternalReference": .bool(identity.isExternalReference),
            "links": .array([.object(["rel": .string("self"), "urn": .string(ref.urn), "type": .string(ref.type.restV1Resource)])]),
        ]
        o.addTexts(names, descriptions, fallback: identity.id)
        return o
    }

    func codelist(_ c: Codelist) -> JSONValue {
        var o = maintainable(c.reference, c.identity, c.names, c.descriptions)
        if let v = c.validFrom { o["validFrom"] = .string(v) }
        if let v = c.validTo { o["validTo"] = .string(v) }
        if !c.codes.isEmpty { o["codes"] = .array(c.codes.map { code in
            var x: [String: JSONValue] = ["id": .string(code.id)]
            x.addTexts(code.names, code.descriptions, fallback: code.id)
            if let p = code.parentID { x["parent"] = .string(p) }
            return .object(x)
        }) }
        return .object(o)
    }

    func representation(_ r: Representation) -> JSONValue {
        switch r {
        case .enumeration(let list): .object(["enumeration": .string(list.urn)])
        case .textFormat(let type): .object(["textFormat": .object(["textType": .string(SDMXTextTypes.v21(type))])])
        }
    }

    func conceptScheme(_ s: ConceptScheme) -> JSONValue {
        var o = maintainable(s.reference, s.identity, s.names, s.descriptions)
        if !s.concepts.isEmpty { o["concepts"] = .array(s.concepts.map { c in
            var x: [String: JSONValue] = ["id": .string(c.id)]
            x.addTexts(c.names, c.descriptions, fallback: c.id)
            if let p = c.parentID { x["parent"] = .string(s.reference.itemURN(itemClass: "Concept", itemID: p)) }
            if let r = c.coreRepresentation { x["coreRepresentation"] = representation(r) }
            return .object(x)
        }) }
        return .object(o)
    }

    func category(_ c: Category) -> JSONValue {
        var x: [String: JSONValue] = ["id": .string(c.id)]
        x.addTexts(c.names, c.descriptions, fallback: c.id)
        if !c.children.isEmpty { x["categories"] = .array(c.children.map(category)) }
        return .object(x)
    }

    func categoryScheme(_ s: CategoryScheme) -> JSONValue {
        var o = maintainable(s.reference, s.identity, s.names, s.descriptions)
        if !s.categories.isEmpty { o["categories"] = .array(s.categories.map(category)) }
        return .object(o)
    }

    func categorisation(_ c: Categorisation) -> JSONValue {
        var o = maintainable(c.reference, c.identity, c.names, InternationalString())
        o["source"] = .string(c.source.urn)
        o["target"] = .string(c.target.urn)
        return .object(o)
    }

    func dataflow(_ d: Dataflow) -> JSONValue {
        var o = maintainable(d.reference, d.identity, d.names, d.descriptions)
        if let s = d.structure { o["structure"] = .string(s.urn) }
        return .object(o)
    }

    func dataStructure(_ d: DataStructure) -> JSONValue {
        var o = maintainable(d.reference, d.identity, d.names, d.descriptions)
        guard d.hasComponents else { return .object(o) }  // a stub (detail=…stubs)
        var dims: [String: JSONValue] = ["id": .string("DimensionDescriptor")]
        dims["dimensions"] = .array(d.dimensions.map { dim in
            var x: [String: JSONValue] = ["id": .string(dim.id), "position": .int(dim.position), "type": .string("Dimension"),
                                          "conceptIdentity": .string(dim.concept.urn)]
            if let r = dim.representation { x["localRepresentation"] = representation(r) }
            return .object(x)
        })
        if let t = d.timeDimension {
            dims["timeDimensions"] = .array([.object([
                "id": .string(t.id), "position": .int(d.dimensions.count + 1), "type": .string("TimeDimension"),
                "conceptIdentity": .string(t.concept.urn),
                "localRepresentation": .object(["textFormat": .object(["textType": .string("ObservationalTimePeriod")])]),
            ])])
        }
        var components: [String: JSONValue] = ["dimensionList": .object(dims)]
        if !d.groups.isEmpty {
            components["groups"] = .array(d.groups.map { .object(["id": .string($0.id), "groupDimensions": .array($0.dimensionIDs.map { .string($0) })]) })
        }
        if !d.attributes.isEmpty {
            components["attributeList"] = .object(["id": .string("AttributeDescriptor"), "attributes": .array(d.attributes.map { a in
                var x: [String: JSONValue] = ["id": .string(a.id), "assignmentStatus": .string(a.assignmentStatus.rawValue),
                                              "conceptIdentity": .string(a.concept.urn)]
                switch a.attachment {
                case .dataSet, .dimensions([]): x["attributeRelationship"] = .object(["none": .object([:])])
                case .dimensions(let ids): x["attributeRelationship"] = .object(["dimensions": .array(ids.map { .string($0) })])
                case .group(let g): x["attributeRelationship"] = .object(["group": .string(g)])
                case .observation: x["attributeRelationship"] = .object(["primaryMeasure": .string(d.measure?.id ?? "OBS_VALUE")])
                }
                if let r = a.representation { x["localRepresentation"] = representation(r) }
                return .object(x)
            })])
        }
        var measureList: [String: JSONValue] = ["id": .string("MeasureDescriptor")]
        if let m = d.measure {
            var x: [String: JSONValue] = ["id": .string(m.id), "conceptIdentity": .string(m.concept.urn)]
            if let r = m.representation { x["localRepresentation"] = representation(r) }
            measureList["primaryMeasure"] = .object(x)
        }
        components["measureList"] = .object(measureList)
        o["dataStructureComponents"] = .object(components)
        return .object(o)
    }
}
