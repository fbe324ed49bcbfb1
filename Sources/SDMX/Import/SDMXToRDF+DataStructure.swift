import RDF

extension RDFWriterState {
    mutating func dataStructure(_ d: DataStructure) {
        let s = iri(d.reference)
        add(s, RDFVocabulary.type, .iri(QB.DataStructureDefinition))
        maintainable(s, d.reference, d.identity)
        texts(s, RDFS.label, d.names)
        texts(s, DCTERMS.description, d.descriptions)
        var n = 0
        func spec(_ w: inout RDFWriterState) -> Term {
            n += 1
            let b = Term.blankNode("\(SDMXID.sanitize(d.identity.agencyID))_\(SDMXID.sanitize(d.identity.id))_\(SDMXID.sanitize(d.identity.version))_c\(n)")
            w.add(.iri(s), QB.component, b)
            return b
        }
        for dim in d.dimensions {
            let p = property(s, dim.id, dim.concept, dim.representation, type: QB.DimensionProperty)
            let b = spec(&self)
            add(b, QB.dimension, .iri(p))
            add(b, QB.order, .typed(String(dim.position), XSD.integer))
        }
        if let t = d.timeDimension {
            let p = property(s, t.id, t.concept, nil, type: QB.DimensionProperty)
            add(p, RDFS.subPropertyOf, .iri(SDMXRDFTerms.timePeriod))
            let b = spec(&self)
            add(b, QB.dimension, .iri(p))
            add(b, QB.order, .typed(String(d.dimensions.count + 1), XSD.integer))
        }
        var seriesKey = Set<String>()
        for a in d.attributes {
            let p = property(s, a.id, a.concept, a.representation, type: QB.AttributeProperty)
            let b = spec(&self)
            add(b, QB.attribute, .iri(p))
            add(b, QB.componentRequired, .typed(a.assignmentStatus == .mandatory ? "true" : "false", XSD.boolean))
            switch a.attachment {
            case .dataSet, .dimensions([]): add(b, QB.componentAttachment, .iri(QB.DataSet))
            case .dimensions(let ids):
                add(b, QB.componentAttachment, .iri(QB.Slice))
                seriesKey.formUnion(ids)
            case .group(let g):
                add(b, QB.componentAttachment, .iri(QB.Slice))
                seriesKey.formUnion(d.groups.first { $0.id == g }?.dimensionIDs ?? [])
            case .observation: break
            }
        }
        if !seriesKey.isEmpty {
            let key = s + "/series-key"
            add(s, QB.sliceKey, .iri(key))
            add(key, RDFVocabulary.type, .iri(QB.SliceKey))
            for dim in d.dimensions where seriesKey.contains(dim.id) {
                add(key, QB.componentProperty, .iri(s + "/component/" + SDMXID.sanitize(dim.id)))
            }
        }
        if let m = d.measure {
            let p = property(s, m.id, m.concept, m.representation, type: QB.MeasureProperty)
            let b = spec(&self)
            add(b, QB.measure, .iri(p))
        }
    }

    /// A component property `{dsd}/component/{ID}` with its concept and representation.
    mutating func property(_ dsd: String, _ id: String, _ concept: ItemReference, _ r: Representation?, type: String) -> String {
        let p = dsd + "/component/" + SDMXID.sanitize(id)
        add(p, RDFVocabulary.type, .iri(RDFVocabulary.Property))
        add(p, RDFVocabulary.type, .iri(QB.ComponentProperty))
        add(p, RDFVocabulary.type, .iri(type))
        add(p, SKOS.notation, .string(id))
        add(p, RDFS.label, .langString(id, "en"))
        add(p, QB.concept, .iri(conceptIRI(concept)))
        switch r {
        case .enumeration(let list)?:
            add(p, RDFVocabulary.type, .iri(QB.CodedProperty))
            add(p, QB.codeList, .iri(iri(list)))
        case .textFormat(let t)?:
            let ranges = ["Decimal": XSD.decimal, "Integer": XSD.integer, "Double": XSD.double, "String": XSD.string]
            if let range = ranges[t] { add(p, RDFS.range, .iri(range)) }
        case nil: break
        }
        return p
    }
}
