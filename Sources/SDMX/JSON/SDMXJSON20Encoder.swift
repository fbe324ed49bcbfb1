import RDFFormats

/// SDMX-JSON structure message 2.0.0: no `isFinal`, `format.dataType` instead of
/// `textFormat.textType`, attribute/measure `usage`, a list of measures.
struct SDMXJSON20Encoder {
    func message(_ m: StructureMessage) -> JSONValue {
        let v1 = SDMXJSON10Encoder()
        var data: [String: JSONValue] = [:]
        if !m.codelists.isEmpty { data["codelists"] = .array(m.codelists.map { strip(v1.codelist($0)) }) }
        if !m.conceptSchemes.isEmpty { data["conceptSchemes"] = .array(m.conceptSchemes.map(conceptScheme)) }
        if !m.categorySchemes.isEmpty { data["categorySchemes"] = .array(m.categorySchemes.map { strip(v1.categoryScheme($0)) }) }
        if !m.categorisations.isEmpty { data["categorisations"] = .array(m.categorisations.map { strip(v1.categorisation($0)) }) }
        if !m.dataStructures.isEmpty { data["dataStructures"] = .array(m.dataStructures.map(dataStructure)) }
        if !m.dataflows.isEmpty { data["dataflows"] = .array(m.dataflows.map { strip(v1.dataflow($0)) }) }
        if !m.representationMaps.isEmpty { data["representationMaps"] = .array(m.representationMaps.map(representationMap)) }
        return .object(["meta": jsonMeta(m.header, .v2_0, m), "data": .object(data)])
    }

    /// Drops the 1.0-only `isFinal`.
    func strip(_ v: JSONValue) -> JSONValue {
        guard case .object(var o) = v else { return v }
        o["isFinal"] = nil
        return .object(o)
    }

    func representation(_ r: Representation) -> JSONValue {
        switch r {
        case .enumeration(let list): .object(["enumeration": .string(list.urn)])
        case .textFormat(let type): .object(["format": .object(["dataType": .string(type)])])
        }
    }

    func conceptScheme(_ s: ConceptScheme) -> JSONValue {
        guard case .object(var o) = strip(SDMXJSON10Encoder().conceptScheme(s)) else { return .object([:]) }
        o["concepts"] = s.concepts.isEmpty ? nil : .array(s.concepts.map { c in
            var x: [String: JSONValue] = ["id": .string(c.id)]
            x.addTexts(c.names, c.descriptions, fallback: c.id)
            if let p = c.parentID { x["parent"] = .string(p) }
            if let r = c.coreRepresentation { x["coreRepresentation"] = representation(r) }
            return .object(x)
        })
        return .object(o)
    }

    func dataStructure(_ d: DataStructure) -> JSONValue {
        guard case .object(var o) = strip(SDMXJSON10Encoder().dataStructure(d)) else { return .object([:]) }
        guard d.hasComponents else { return .object(o) }  // a stub (detail=…stubs)
        var dims: [String: JSONValue] = ["id": .string("DimensionDescriptor")]
        dims["dimensions"] = .array(d.dimensions.map { dim in
            var x: [String: JSONValue] = ["id": .string(dim.id), "position": .int(dim.position),
                                          "conceptIdentity": .string(dim.concept.urn)]
            if let r = dim.representation { x["localRepresentation"] = representation(r) }
            return .object(x)
        })
        if let t = d.timeDimension {
            dims["timeDimension"] = .object([
                "id": .string(t.id), "conceptIdentity": .string(t.concept.urn),
                "localRepresentation": .object(["format": .object(["dataType": .string("ObservationalTimePeriod")])]),
            ])
        }
        var components: [String: JSONValue] = ["dimensionList": .object(dims)]
        if !d.groups.isEmpty {
            components["groups"] = .array(d.groups.map { .object(["id": .string($0.id), "groupDimensions": .array($0.dimensionIDs.map { .string($0) })]) })
        }
        if !d.attributes.isEmpty {
            components["attributeList"] = .object(["id": .string("AttributeDescriptor"), "attributes": .array(d.attributes.map { a in
                var x: [String: JSONValue] = ["id": .string(a.id), "usage": .string(a.assignmentStatus == .mandatory ? "mandatory" : "optional"),
                                              "conceptIdentity": .string(a.concept.urn)]
                switch a.attachment {
                case .dataSet, .dimensions([]): x["attributeRelationship"] = .object(["dataflow": .object([:])])
                case .dimensions(let ids): x["attributeRelationship"] = .object(["dimensions": .array(ids.map { .string($0) })])
                case .group(let g): x["attributeRelationship"] = .object(["group": .string(g)])
                case .observation: x["attributeRelationship"] = .object(["observation": .object([:])])
                }
                if let r = a.representation { x["localRepresentation"] = representation(r) }
                return .object(x)
            })])
        }
        if let m = d.measure {
            var x: [String: JSONValue] = ["id": .string(m.id), "conceptIdentity": .string(m.concept.urn), "usage": .string("mandatory")]
            if let r = m.representation { x["localRepresentation"] = representation(r) }
            components["measureList"] = .object(["id": .string("MeasureDescriptor"), "measures": .array([.object(x)])])
        }
        o["dataStructureComponents"] = .object(components)
        return .object(o)
    }
}
