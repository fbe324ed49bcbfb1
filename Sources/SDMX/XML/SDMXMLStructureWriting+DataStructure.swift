extension SDMXMLStructureWriting {
    func dataStructure(_ d: DataStructure) throws {
        let ref = d.reference
        try maintainable("str:DataStructure", ref, d.identity)
        try out.names(d.names, d.descriptions, fallback: d.identity.id)
        guard d.hasComponents else { return try out.end() }  // a stub (detail=…stubs)
        try out.start("str:DataStructureComponents")
        try dimensionList(d, ref)
        for g in d.groups {
            try out.start("str:Group")
            try out.attribute("id", g.id)
            for dim in g.dimensionIDs {
                try out.start("str:GroupDimension")
                try localRef("str:DimensionReference", dim, "Dimension", "datastructure")
                try out.end()
            }
            try out.end()
        }
        if !d.attributes.isEmpty { try attributeList(d, ref) }
        if let m = d.measure {
            try out.start("str:MeasureList")
            try out.attribute("id", "MeasureDescriptor")
            try out.start(Self.measure.element)
            try out.attribute("id", m.id)
            try out.attribute("urn", component(Self.measure.className, ref, m.id))
            try itemRef("str:ConceptIdentity", m.concept)
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

    private func dimensionList(_ d: DataStructure, _ ref: ArtefactReference) throws {
        try out.start("str:DimensionList")
        try out.attribute("id", "DimensionDescriptor")
        for dim in d.dimensions {
            try out.start("str:Dimension")
            try out.attribute("id", dim.id)
            try out.attribute("urn", component("Dimension", ref, dim.id))
            try out.attribute("position", String(dim.position))
            try itemRef("str:ConceptIdentity", dim.concept)
            if let r = dim.representation { try representation("str:LocalRepresentation", r) }
            try out.end()
        }
        if let t = d.timeDimension {
            try out.start("str:TimeDimension")
            try out.attribute("id", t.id)
            try out.attribute("urn", component("TimeDimension", ref, t.id))
            if Self.writesTimeDimensionPosition { try out.attribute("position", String(d.dimensions.count + 1)) }
            try itemRef("str:ConceptIdentity", t.concept)
            try representation("str:LocalRepresentation", .textFormat(textType: "ObservationalTimePeriod"))
            try out.end()
        }
        try out.end()
    }

    private func attributeList(_ d: DataStructure, _ ref: ArtefactReference) throws {
        try out.start("str:AttributeList")
        try out.attribute("id", "AttributeDescriptor")
        for a in d.attributes {
            try out.start("str:Attribute")
            try out.attribute("id", a.id)
            try out.attribute("urn", component("DataAttribute", ref, a.id))
            let assignment = assignment(a.assignmentStatus)
            try out.attribute(assignment.name, assignment.value)
            try itemRef("str:ConceptIdentity", a.concept)
            if let r = a.representation { try representation("str:LocalRepresentation", r) }
            try out.start("str:AttributeRelationship")
            switch a.attachment {
            case .dataSet, .dimensions([]): try out.element(Self.dataSetAttachment)
            case .dimensions(let ids): for id in ids { try localRef("str:Dimension", id, "Dimension", "datastructure") }
            case .group(let g): try localRef("str:Group", g, "GroupDimensionDescriptor", "datastructure")
            case .observation: try observationAttachment(d)
            }
            try out.end()
            try out.end()
        }
        try out.end()
    }
}
