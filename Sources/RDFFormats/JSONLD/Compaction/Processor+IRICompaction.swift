import RDF

extension Processor {
    /// IRI Compaction (JSON-LD 1.1 API, section 6.2.2).
    func compactIRI(_ active: ActiveContext, _ iri: String, value: JSONValue? = nil, vocab: Bool = false,
                    reverse: Bool = false) throws -> String {
        let inverse = active.inverse
        if vocab, inverse.map[iri] != nil,
           let term = selectTerm(active, inverse, iri, value: value, reverse: reverse) {
            return term
        }
        if vocab, let v = active.vocab, iri.hasPrefix(v), iri.count > v.count {
            let suffix = String(iri.dropFirst(v.count))
            if active.terms[suffix] == nil { return suffix }
        }
        var compact: String?
        for (term, def) in active.terms {
            guard let prefixIRI = def.iri, prefixIRI != iri, iri.hasPrefix(prefixIRI), def.prefix else { continue }
            let candidate = term + ":" + iri.dropFirst(prefixIRI.count)
            let better = compact.map { candidate.count < $0.count || (candidate.count == $0.count && candidate < $0) } ?? true
            if better {
                if let cdef = active.terms[candidate] {
                    if cdef.iri == iri && value == nil { compact = candidate }
                } else {
                    compact = candidate
                }
            }
        }
        if let compact { return compact }
        let parts = IRI.split(iri)
        if let scheme = parts.scheme, parts.authority == nil, let def = active.terms[String(scheme)], def.prefix {
            throw JSONLDError(.iriConfusedWithPrefix, "<\(iri)> would read as a compact IRI with prefix \(scheme)")
        }
        if !vocab && options.compactToRelative {
            return RelativeIRI.make(iri, base: active.base)
        }
        return iri
    }

    /// Steps 4.1–4.21 of IRI Compaction: the containers and preferred values for `value`, then Term Selection.
    private func selectTerm(_ active: ActiveContext, _ inverse: InverseContext, _ iri: String, value: JSONValue?,
                            reverse: Bool) -> String? {
        var defaultLanguage = active.defaultLanguage?.lowercased() ?? "@none"
        if let d = active.defaultDirection { defaultLanguage = ((active.defaultLanguage ?? "") + "_" + d).lowercased() }
        var value = value
        if let preserved = value?["@preserve"] { value = preserved.asArray.first }
        let object = value?.objectValue
        var containers: [String] = []
        var typeLanguage = "@language"
        var typeLanguageValue = "@null"
        let isGraph = object.map(Self.isGraphObject) ?? false
        if let object, object.contains("@index"), !isGraph { containers += ["@index", "@index@set"] }
        if reverse {
            typeLanguage = "@type"; typeLanguageValue = "@reverse"; containers.append("@set")
        } else if let object, let list = object["@list"] {
            if !object.contains("@index") { containers.append("@list") }
            let items = list.asArray
            var commonType: String?, commonLanguage: String? = items.isEmpty ? defaultLanguage : nil
            for item in items {
                var itemLanguage = "@none", itemType = "@none"
                if let v = item.objectValue, v.contains("@value") {
                    if let d = v["@direction"]?.stringValue {
                        itemLanguage = ((v["@language"]?.stringValue ?? "") + "_" + d).lowercased()
                    } else if let l = v["@language"]?.stringValue {
                        itemLanguage = l.lowercased()
                    } else if let t = v["@type"]?.stringValue {
                        itemType = t
                    } else {
                        itemLanguage = "@null"
                    }
                } else {
                    itemType = "@id"
                }
                if commonLanguage == nil { commonLanguage = itemLanguage }
                else if itemLanguage != commonLanguage, item["@value"] != nil { commonLanguage = "@none" }
                if commonType == nil { commonType = itemType } else if itemType != commonType { commonType = "@none" }
                if commonLanguage == "@none" && commonType == "@none" { break }
            }
            let ct = commonType ?? "@none", cl = commonLanguage ?? "@none"
            if ct != "@none" { typeLanguage = "@type"; typeLanguageValue = ct } else { typeLanguageValue = cl }
        } else if let object, isGraph {
            if object.contains("@index") { containers += ["@graph@index", "@graph@index@set"] }
            if object.contains("@id") { containers += ["@graph@id", "@graph@id@set"] }
            containers += ["@graph", "@graph@set", "@set"]
            if !object.contains("@index") { containers += ["@graph@index", "@graph@index@set"] }
            if !object.contains("@id") { containers += ["@graph@id", "@graph@id@set"] }
            containers += ["@index", "@index@set"]
            typeLanguage = "@type"; typeLanguageValue = "@id"
        } else {
            if let object, object.contains("@value") {
                if let d = object["@direction"]?.stringValue, !object.contains("@index") {
                    typeLanguageValue = ((object["@language"]?.stringValue ?? "") + "_" + d).lowercased()
                    containers += ["@language", "@language@set"]
                } else if let l = object["@language"]?.stringValue, !object.contains("@index") {
                    typeLanguageValue = l.lowercased()
                    containers += ["@language", "@language@set"]
                } else if let t = object["@type"]?.stringValue {
                    typeLanguageValue = t; typeLanguage = "@type"
                }
            } else {
                typeLanguage = "@type"; typeLanguageValue = "@id"
                containers += ["@id", "@id@set", "@type", "@set@type"]
            }
            containers.append("@set")
        }
        containers.append("@none")
        if !active.isJSONLD10 {
            if object == nil || !(object?.contains("@index") ?? false) { containers += ["@index", "@index@set"] }
            if let object, object.count == 1, object.contains("@value") { containers += ["@language", "@language@set"] }
        }
        var preferred: [String] = []
        if typeLanguageValue == "@reverse" { preferred.append("@reverse") }
        if (typeLanguageValue == "@id" || typeLanguageValue == "@reverse"), let id = object?["@id"]?.stringValue {
            let compacted = (try? compactIRI(active, id, vocab: true)) ?? id
            if let def = active.terms[compacted], def.iri == id {
                preferred += ["@vocab", "@id", "@none"]
            } else {
                preferred += ["@id", "@vocab", "@none"]
            }
        } else {
            preferred += [typeLanguageValue, "@none"]
            if let list = object?["@list"], list.asArray.isEmpty { typeLanguage = "@any" }
        }
        preferred.append("@any")
        for p in preferred {
            if let underscore = p.firstIndex(of: "_"), underscore != p.startIndex {
                preferred.append(String(p[underscore...]))
            }
        }
        guard let containerMap = inverse.map[iri] else { return nil }
        for container in containers {
            guard let entry = containerMap[container] else { continue }
            let valueMap: [String: String]
            switch typeLanguage {
            case "@type": valueMap = entry.type
            case "@any": return entry.any
            default: valueMap = entry.language
            }
            for p in preferred { if let term = valueMap[p] { return term } }
        }
        return nil
    }

    static func isGraphObject(_ o: JSONObject) -> Bool {
        o.contains("@graph") && o.keys.allSatisfy { ["@graph", "@id", "@index", "@context"].contains($0) }
    }

    static func isSimpleGraphObject(_ o: JSONObject) -> Bool { isGraphObject(o) && !o.contains("@id") }
}
