extension SDMXML30Writer {
    func dataStructure(_ d: DataStructure) throws {
        let ref = d.reference
        try maintainable("str:DataStructure", ref, d.identity)
        try out.names(d.names, d.descriptions, fallback: d.identity.id)
        try out.start("str:DataStructureComponents")
        try out.start("str:DimensionList")
        try out.attribute("id", "DimensionDescriptor")
        for dim in d.dimensions {
            try out.start("str:Dimension")
            try out.attribute("id", dim.id)
            try out.attribute("urn", component("Dimension", ref, dim.id))
            try out.attribute("position", String(dim.position))
            try out.element("str:ConceptIdentity", text: dim.concept.urn)
            if let r = dim.representation { try representation("str:LocalRepresentation", r) }
            try out.end()
        }
        if let t = d.timeDimension {
            try out.start("str:TimeDimension")
            try out.attribute("id", t.id)
            try out.attribute("urn", component("TimeDimension", ref, t.id))
            try out.element("str:ConceptIdentity", text: t.concept.urn)
            try representation("str:LocalRepresentation", .textFormat(textType: "ObservationalTimePeriod"))
            try out.end()
        }
        try out.end()
        for g in d.groups {
            try out.start("str:Group")
            try out.attribute("id", g.id)
            for dim in g.dimensionIDs {
                try out.start("str:GroupDimension")
                try out.element("str:DimensionReference", text: dim)
                try out.end()
            }
            try out.end()
        }
        if !d.attributes.isEmpty { try attributeList(d, ref) }
        if let m = d.measure {
            try out.start("str:MeasureList")
            try out.attribute("id", "MeasureDescriptor")
            try out.start("str:Measure")
            try out.attribute("id", m.id)
            try out.attribute("urn", component("Measure", ref, m.id))
            try out.element("str:ConceptIdentity", text: m.concept.urn)
            if let r = m.representation { try representation("str:LocalRepresentation", r) }
            try out.end()
            try out.end()
        }
        try out.end()
        try out.end()
    }

    private func component(_ className: String, _ dsd: ArtefactReference, _ id: String) -> String {
        "urn:sdmx:org.sdmx.infomodel.datastructure.\(className)=\(dsd.agencyID):\(dsd.id)(\(dsd.version)).\(id)"
    }

    private func attributeList(_ d: DataStructure, _ ref: ArtefactReference) throws {
        try out.start("str:AttributeList")
        try out.attribute("id", "AttributeDescriptor")
        for a in d.attributes {
            try out.start("str:Attribute")
            try out.attribute("id", a.id)
            try out.attribute("urn", component("DataAttribute", ref, a.id))
            try out.attribute("usage", a.assignmentStatus == .mandatory ? "mandatory" : "optional")
            try out.element("str:ConceptIdentity", text: a.concept.urn)
            if let r = a.representation { try representation("str:LocalRepresentation", r) }
            try out.start("str:AttributeRelationship")
            switch a.attachment {
            case .dataSet, .dimensions([]): try out.element("str:Dataflow")
            case .dimensions(let ids): for id in ids { try out.element("str:Dimension", text: id) }
            case .group(let g): try out.element("str:Group", text: g)
            case .observation: try out.element("str:Observation")
            }
            try out.end()
            try out.end()
        }
        try out.end()
    }
}
