extension SDMXML21Writer {
    func dataStructure(_ d: DataStructure) throws {
        let ref = d.reference
        try out.start("str:DataStructure")
        try out.attribute("id", d.identity.id)
        try out.attribute("urn", ref.urn)
        try out.attribute("agencyID", d.identity.agencyID)
        try out.attribute("version", d.identity.version)
        try out.attribute("isFinal", d.identity.isFinal ? "true" : "false")
        try out.names(d.names, d.descriptions, fallback: d.identity.id)
        try out.start("str:DataStructureComponents")
        try dimensionList(d, ref)
        for g in d.groups {
            try out.start("str:Group")
            try out.attribute("id", g.id)
            for dim in g.dimensionIDs {
                try out.start("str:GroupDimension")
                try out.start("str:DimensionReference"); try localRef(dim, "Dimension", "datastructure"); try out.end()
                try out.end()
            }
            try out.end()
        }
        if !d.attributes.isEmpty { try attributeList(d, ref) }
        if let m = d.measure {
            try out.start("str:MeasureList")
            try out.attribute("id", "MeasureDescriptor")
            try out.start("str:PrimaryMeasure")
            try out.attribute("id", m.id)
            try out.attribute("urn", component("PrimaryMeasure", ref, m.id))
            try conceptIdentity(m.concept)
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
            try conceptIdentity(dim.concept)
            if let r = dim.representation { try representation("str:LocalRepresentation", r) }
            try out.end()
        }
        if let t = d.timeDimension {
            try out.start("str:TimeDimension")
            try out.attribute("id", t.id)
            try out.attribute("urn", component("TimeDimension", ref, t.id))
            try out.attribute("position", String(d.dimensions.count + 1))
            try conceptIdentity(t.concept)
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
            try out.attribute("assignmentStatus", a.assignmentStatus.rawValue)
            try conceptIdentity(a.concept)
            if let r = a.representation { try representation("str:LocalRepresentation", r) }
            try out.start("str:AttributeRelationship")
            switch a.attachment {
            case .dataSet, .dimensions([]):
                try out.element("str:None")
            case .dimensions(let ids):
                for id in ids {
                    try out.start("str:Dimension"); try localRef(id, "Dimension", "datastructure"); try out.end()
                }
            case .group(let g):
                try out.start("str:Group"); try localRef(g, "GroupDimensionDescriptor", "datastructure"); try out.end()
            case .observation:
                try out.start("str:PrimaryMeasure")
                try localRef(d.measure?.id ?? "OBS_VALUE", "PrimaryMeasure", "datastructure")
                try out.end()
            }
            try out.end()
            try out.end()
        }
        try out.end()
    }
}
