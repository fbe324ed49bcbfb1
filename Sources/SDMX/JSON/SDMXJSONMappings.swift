import RDFFormats

/// Codelist correspondences in SDMX-JSON: 1.0 `structureSets` with `codelistMaps` (code pairs
/// as item URNs), 2.0.0 `representationMaps` with `representationMappings` (pairs as values).
/// The schemas want at least one pair: a map without any (a stub) is written without them.
extension SDMXJSON10Encoder {
    func structureSet(_ s: StructureSet) -> JSONValue {
        var o = maintainable(s.reference, s.identity, s.names, s.descriptions)
        if let v = s.validFrom { o["validFrom"] = .string(v) }
        if let v = s.validTo { o["validTo"] = .string(v) }
        let maps = s.codelistMaps.filter { !$0.pairs.isEmpty }
        if !maps.isEmpty { o["codelistMaps"] = .array(maps.map { map in
            var x: [String: JSONValue] = ["id": .string(map.id), "source": .string(map.source.urn),
                                          "target": .string(map.target.urn)]
            x.addTexts(map.names, map.descriptions, fallback: map.id)
            x["codeMaps"] = .array(map.pairs.map { p in
                .object(["source": .string(map.source.itemURN(itemClass: "Code", itemID: p.source)),
                         "target": .string(map.target.itemURN(itemClass: "Code", itemID: p.target))])
            })
            return .object(x)
        }) }
        return .object(o)
    }
}

extension SDMXJSON20Encoder {
    func representationMap(_ r: RepresentationMap) -> JSONValue {
        guard case .object(var o) = strip(.object(SDMXJSON10Encoder().maintainable(r.reference, r.identity, r.names,
                                                                                   r.descriptions))) else { return .object([:]) }
        if let v = r.validFrom { o["validFrom"] = .string(v) }
        if let v = r.validTo { o["validTo"] = .string(v) }
        o["source"] = .array([.object(["codelist": .string(r.source.urn)])])
        o["target"] = .array([.object(["codelist": .string(r.target.urn)])])
        if !r.pairs.isEmpty { o["representationMappings"] = .array(r.pairs.map { p in
            .object(["sourceValues": .array([.object(["value": .string(p.source)])]),
                     "targetValues": .array([.string(p.target)])])
        }) }
        return .object(o)
    }
}
