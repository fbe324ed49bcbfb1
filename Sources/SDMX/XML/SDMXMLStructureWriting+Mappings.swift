/// Codelist correspondences: the 2.1 `StructureSet` with `CodelistMap`s of `CodeMap`s, the 3.0
/// `RepresentationMap` with a `RepresentationMapping` per code pair. Each version lists only
/// its own kind in `sections`, so each writer meets only the one it knows.
extension SDMXMLStructureWriting {
    func structureSet(_ s: StructureSet) throws {
        try maintainable("str:StructureSet", s.reference, s.identity)
        if let v = s.validFrom { try out.attribute("validFrom", v) }
        if let v = s.validTo { try out.attribute("validTo", v) }
        try out.names(s.names, s.descriptions, fallback: s.identity.id)
        for map in s.codelistMaps {
            try out.start("str:CodelistMap")
            try out.attribute("id", map.id)
            try out.attribute("urn", s.reference.itemURN(itemClass: "CodelistMap", itemID: map.id))
            try out.names(map.names, map.descriptions, fallback: map.id)
            try artefactRef("str:Source", map.source)
            try artefactRef("str:Target", map.target)
            for pair in map.pairs {
                try out.start("str:CodeMap")
                try localRef("str:Source", pair.source, "Code", "codelist")
                try localRef("str:Target", pair.target, "Code", "codelist")
                try out.end()
            }
            try out.end()
        }
        try out.end()
    }

    func representationMap(_ r: RepresentationMap) throws {
        try maintainable("str:RepresentationMap", r.reference, r.identity)
        if let v = r.validFrom { try out.attribute("validFrom", v) }
        if let v = r.validTo { try out.attribute("validTo", v) }
        try out.names(r.names, r.descriptions, fallback: r.identity.id)
        try artefactRef("str:SourceCodelist", r.source)
        try artefactRef("str:TargetCodelist", r.target)
        for pair in r.pairs {
            try out.start("str:RepresentationMapping")
            try out.element("str:SourceValue", text: pair.source)
            try out.element("str:TargetValue", text: pair.target)
            try out.end()
        }
        try out.end()
    }
}
