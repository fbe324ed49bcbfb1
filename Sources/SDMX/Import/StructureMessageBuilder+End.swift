import Foundation

extension StructureMessageBuilder {
    func end(_ name: String) throws {
        defer { path.removeLast(); text = "" }
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if try endMapping(name, text: t) { return }
        switch (name, parent) {
        case ("ID", "Header"): header.id = t
        case ("Test", "Header"): header.test = t == "true"
        case ("Prepared", "Header"): header.prepared = t
        case ("Name", _), ("Description", _):
            guard ["Codelist", "Code", "ConceptScheme", "Concept", "CategoryScheme", "Category", "Categorisation",
                   "DataStructure", "Dataflow", "StructureSet", "CodelistMap", "RepresentationMap"].contains(parent) else { break }
            setText(t, description: name == "Description")
        case ("URN", _): try reference(.urn(t), context: parent, outer: grandparent)
        case ("ConceptIdentity", _), ("Enumeration", _), ("Structure", "Dataflow"), ("Source", _), ("Target", _):
            if t.hasPrefix("urn:") { try reference(.urn(t), context: name, outer: parent) }
        case ("Parent", _) where !t.isEmpty:
            if code != nil { code?.parentID = t } else if concept != nil { concept?.parentID = SDMXURN(t)?.itemID ?? t }
        case ("Dimension", "AttributeRelationship") where !t.isEmpty: component?.dimensions.append(t)
        case ("Group", "AttributeRelationship") where !t.isEmpty: component?.group = t
        case ("DimensionReference", _) where !t.isEmpty: group?.dimensionIDs.append(t)
        case ("Code", "Codelist"):
            if let c = code { codelist?.codes.append(c) }
            code = nil
        case ("Concept", "ConceptScheme"):
            if let c = concept { conceptScheme?.concepts.append(c) }
            concept = nil
        case ("Category", _):
            guard let c = categoryStack.popLast() else { break }
            if categoryStack.isEmpty { categoryScheme?.categories.append(c) } else { categoryStack[categoryStack.count - 1].children.append(c) }
        case ("Dimension", "DimensionList"), ("TimeDimension", "DimensionList"), ("Attribute", "AttributeList"),
             ("PrimaryMeasure", "MeasureList"), ("Measure", "MeasureList"):
            try finishComponent()
        case ("Group", "DataStructureComponents"):
            if let g = group { dataStructure?.groups.append(g) }
            group = nil
        default:
            try finishArtefact(name)
        }
    }

    private func setText(_ t: String, description: Bool) {
        func apply(_ s: inout InternationalString) { s.set(t, language: language) }
        if setMappingText(t, description: description) { return }
        if !categoryStack.isEmpty {
            if description { apply(&categoryStack[categoryStack.count - 1].descriptions) } else { apply(&categoryStack[categoryStack.count - 1].names) }
        } else if code != nil {
            if description { apply(&code!.descriptions) } else { apply(&code!.names) }
        } else if concept != nil {
            if description { apply(&concept!.descriptions) } else { apply(&concept!.names) }
        } else if codelist != nil {
            if description { apply(&codelist!.descriptions) } else { apply(&codelist!.names) }
        } else if conceptScheme != nil {
            if description { apply(&conceptScheme!.descriptions) } else { apply(&conceptScheme!.names) }
        } else if categoryScheme != nil {
            if description { apply(&categoryScheme!.descriptions) } else { apply(&categoryScheme!.names) }
        } else if categorisation != nil {
            if !description { apply(&categorisation!.names) }
        } else if dataStructure != nil {
            if description { apply(&dataStructure!.descriptions) } else { apply(&dataStructure!.names) }
        } else if dataflow != nil {
            if description { apply(&dataflow!.descriptions) } else { apply(&dataflow!.names) }
        }
    }

    private func finishComponent() throws {
        guard let c = component, dataStructure != nil else { return }
        component = nil
        guard let concept = c.concept else {
            throw invalid("component \(c.id ?? "?") of \(dataStructure?.identity.id ?? "?") has no ConceptIdentity")
        }
        let id = c.id ?? concept.itemID
        switch c.kind {
        case .dimension:
            let position = c.position ?? (dataStructure!.dimensions.count + 1)
            dataStructure!.dimensions.append(Dimension(id: id, position: position, concept: concept, representation: c.representation))
        case .time:
            dataStructure!.timeDimension = TimeDimension(id: id, concept: concept)
        case .attribute:
            let attachment: AttributeAttachment
            if c.observation { attachment = .observation }
            else if let g = c.group { attachment = .group(g) }
            else if !c.dimensions.isEmpty { attachment = .dimensions(c.dimensions) }
            else { attachment = .dataSet }
            dataStructure!.attributes.append(DataAttribute(id: id, concept: concept, representation: c.representation,
                                                           assignmentStatus: c.assignment, attachment: attachment))
        case .measure:
            if dataStructure!.measure == nil {
                dataStructure!.measure = PrimaryMeasure(id: id, concept: concept, representation: c.representation)
            } else {
                ignored.append("Measure \(id) of \(dataStructure!.identity.id) (only one measure is kept)")
            }
        }
    }

    private func finishArtefact(_ name: String) throws {
        switch (name, parent) {
        case ("Codelist", "Codelists"):
            if let c = codelist { codelists.append(c) }
            codelist = nil
        case ("ConceptScheme", "Concepts"), ("ConceptScheme", "ConceptSchemes"):
            if let c = conceptScheme { conceptSchemes.append(c) }
            conceptScheme = nil
        case ("CategoryScheme", "CategorySchemes"):
            if let c = categoryScheme { categorySchemes.append(c) }
            categoryScheme = nil
        case ("Categorisation", "Categorisations"):
            guard let d = categorisation else { break }
            categorisation = nil
            guard let source = d.source, let target = d.target else {
                throw invalid("categorisation \(d.identity.id) needs a Source and a Target")
            }
            categorisations.append(Categorisation(identity: d.identity, names: d.names, source: source, target: target))
        case ("DataStructure", "DataStructures"):
            if var d = dataStructure {
                d.dimensions.sort { $0.position < $1.position }
                dataStructures.append(d)
            }
            dataStructure = nil
        case ("Dataflow", "Dataflows"):
            if let d = dataflow { dataflows.append(d) }
            dataflow = nil
        default: break
        }
    }
}
