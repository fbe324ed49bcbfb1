/// Reading codelist correspondences: 2.1 `StructureSet` / `CodelistMap` / `CodeMap` (references
/// as `<Ref>` or `<URN>`) and 3.0 `RepresentationMap` / `RepresentationMapping` (URN text,
/// values as text). Other structure-set maps (concept, category, structure maps) are listed as
/// ignored; a 3.0 mapping whose source is a regular expression or a substring, or that has no
/// target value, is listed as ignored too.
extension StructureMessageBuilder {
    struct MappingDrafts {
        var structureSet: StructureSet?
        var codelistMap: CodelistMapDraft?
        var representationMap: RepresentationMapDraft?
        /// The source and target values of the code map or representation mapping being read.
        var sources: [String] = []
        var targets: [String] = []
        var skipValue = false
    }

    struct CodelistMapDraft {
        var id: String
        var names = InternationalString()
        var descriptions = InternationalString()
        var source: ArtefactReference?
        var target: ArtefactReference?
        var pairs: [CodePair] = []
    }

    struct RepresentationMapDraft {
        var identity: MaintainableIdentity
        var names = InternationalString()
        var descriptions = InternationalString()
        var source: ArtefactReference?
        var target: ArtefactReference?
        var pairs: [CodePair] = []
        var validFrom: String?
        var validTo: String?
    }

    static let mappingContainers = ["StructureSets", "RepresentationMaps"]

    /// Handles the start of a mapping element; false when `name` is not one.
    func startMapping(_ name: String, attributes a: [String: String]) throws -> Bool {
        switch (name, parent) {
        case ("StructureSet", "StructureSets"):
            mapping.structureSet = StructureSet(identity: try identity(a, element: name), names: InternationalString(),
                                                validFrom: a["validFrom"], validTo: a["validTo"])
        case ("CodelistMap", "StructureSet") where mapping.structureSet != nil:
            guard let id = a["id"], !id.isEmpty else { throw invalid("<CodelistMap> has no id") }
            mapping.codelistMap = CodelistMapDraft(id: id)
        case ("OrganisationSchemeMap", "StructureSet"), ("CategorySchemeMap", "StructureSet"),
             ("ConceptSchemeMap", "StructureSet"), ("ReportingTaxonomyMap", "StructureSet"),
             ("HybridCodelistMap", "StructureSet"), ("StructureMap", "StructureSet"):
            ignored.append("\(name) \(a["id"] ?? "?") of StructureSet \(mapping.structureSet?.identity.id ?? "?")")
        case ("CodeMap", "CodelistMap"), ("RepresentationMapping", "RepresentationMap"):
            mapping.sources = []
            mapping.targets = []
            mapping.skipValue = false
        case ("RepresentationMap", "RepresentationMaps"):
            mapping.representationMap = RepresentationMapDraft(identity: try identity(a, element: name),
                                                               validFrom: a["validFrom"], validTo: a["validTo"])
        case ("SourceValue", "RepresentationMapping"):
            if a["isRegEx"] == "true" || a["startIndex"] != nil || a["endIndex"] != nil { mapping.skipValue = true }
        default:
            return false
        }
        return true
    }

    /// Files a reference inside a mapping; false when the context is not a mapping's.
    func mappingReference(_ value: ReferenceValue, context: String, outer: String) throws -> Bool {
        switch (context, outer) {
        case ("Source", "CodelistMap"): mapping.codelistMap?.source = try maintainableReference(value, default: .codelist)
        case ("Target", "CodelistMap"): mapping.codelistMap?.target = try maintainableReference(value, default: .codelist)
        case ("Source", "CodeMap"): if let id = localID(value) { mapping.sources.append(id) }
        case ("Target", "CodeMap"): if let id = localID(value) { mapping.targets.append(id) }
        default: return false
        }
        return true
    }

    /// Handles the end of a mapping element (`t`: its trimmed text); false when `name` is not one.
    func endMapping(_ name: String, text t: String) throws -> Bool {
        switch (name, parent) {
        case ("SourceCodelist", "RepresentationMap"):
            mapping.representationMap?.source = try maintainableReference(.urn(t), default: .codelist)
        case ("TargetCodelist", "RepresentationMap"):
            mapping.representationMap?.target = try maintainableReference(.urn(t), default: .codelist)
        case ("SourceDataType", "RepresentationMap"), ("TargetDataType", "RepresentationMap"):
            mapping.skipValue = true
            ignored.append("\(name) of RepresentationMap \(mapping.representationMap?.identity.id ?? "?") (only codelist to codelist maps are read)")
        case ("SourceValue", "RepresentationMapping"): mapping.sources.append(t)
        case ("TargetValue", "RepresentationMapping"): mapping.targets.append(t)
        case ("CodeMap", "CodelistMap"):
            let found = pairs()  // read before the write: both touch `mapping`
            mapping.codelistMap?.pairs += found
        case ("RepresentationMapping", "RepresentationMap"):
            let found = pairs()
            if found.isEmpty || mapping.skipValue {
                ignored.append("RepresentationMapping \(mapping.sources.joined(separator: ",")) of \(mapping.representationMap?.identity.id ?? "?") (no plain target code)")
            } else {
                mapping.representationMap?.pairs += found
            }
        case ("CodelistMap", "StructureSet"):
            guard let d = mapping.codelistMap else { break }
            mapping.codelistMap = nil
            guard let source = d.source, let target = d.target else {
                throw invalid("CodelistMap \(d.id) needs a Source and a Target codelist")
            }
            mapping.structureSet?.codelistMaps.append(CodelistMap(id: d.id, names: d.names, descriptions: d.descriptions,
                                                                  source: source, target: target, pairs: d.pairs))
        case ("StructureSet", "StructureSets"):
            if let s = mapping.structureSet { structureSets.append(s) }
            mapping.structureSet = nil
        case ("RepresentationMap", "RepresentationMaps"):
            guard let d = mapping.representationMap else { break }
            mapping.representationMap = nil
            guard let source = d.source, let target = d.target else {
                ignored.append("RepresentationMap \(d.identity.id) (not from a codelist to a codelist)")
                break
            }
            representationMaps.append(RepresentationMap(identity: d.identity, names: d.names, descriptions: d.descriptions,
                                                        source: source, target: target, pairs: d.pairs,
                                                        validFrom: d.validFrom, validTo: d.validTo))
        default:
            return false
        }
        return true
    }

    /// Sets a `Name` or `Description` of the mapping being read; false when none is.
    func setMappingText(_ t: String, description: Bool) -> Bool {
        let lang = language
        func apply(_ names: InternationalString, _ descriptions: InternationalString) -> (InternationalString, InternationalString) {
            var n = names, d = descriptions
            if description { d.set(t, language: lang) } else { n.set(t, language: lang) }
            return (n, d)
        }
        if var m = mapping.codelistMap {
            (m.names, m.descriptions) = apply(m.names, m.descriptions)
            mapping.codelistMap = m
        } else if var m = mapping.structureSet {
            (m.names, m.descriptions) = apply(m.names, m.descriptions)
            mapping.structureSet = m
        } else if var m = mapping.representationMap {
            (m.names, m.descriptions) = apply(m.names, m.descriptions)
            mapping.representationMap = m
        } else {
            return false
        }
        return true
    }

    private func pairs() -> [CodePair] {
        guard !mapping.skipValue else { return [] }
        return mapping.sources.flatMap { s in mapping.targets.map { CodePair(source: s, target: $0) } }
    }
}
