/// The inverse context (JSON-LD 1.1 API, section 4.3): IRI → container → type/language → term,
/// used to pick the term that compacts a value best.
struct InverseContext {
    struct Entry {
        var language: [String: String] = [:]
        var type: [String: String] = [:]
        var any: String
    }

    var map: [String: [String: Entry]] = [:]

    init(_ active: ActiveContext) {
        let defaultLanguage = active.defaultLanguage?.lowercased() ?? "@none"
        let terms = active.terms.keys.sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
        for term in terms {
            guard let def = active.terms[term], let iri = def.iri else { continue }
            let container = def.container.isEmpty ? "@none" : def.container.sorted().joined()
            var entry = map[iri]?[container] ?? Entry(any: term)
            if def.reverse {
                Self.add(&entry.type, "@reverse", term)
            } else if def.type == "@none" {
                Self.add(&entry.language, "@any", term)
                Self.add(&entry.type, "@any", term)
            } else if let type = def.type {
                Self.add(&entry.type, type, term)
            } else if let language = def.language, let direction = def.direction {
                let l = language.stringValue, d = direction.stringValue
                let key: String
                if let l, let d { key = (l + "_" + d).lowercased() }
                else if let l { key = l.lowercased() }
                else if let d { key = "_" + d }
                else { key = "@null" }
                Self.add(&entry.language, key, term)
            } else if let language = def.language {
                Self.add(&entry.language, language.stringValue?.lowercased() ?? "@null", term)
            } else if let direction = def.direction {
                Self.add(&entry.language, direction.stringValue.map { "_" + $0 } ?? "@none", term)
            } else if let direction = active.defaultDirection {
                Self.add(&entry.language, (defaultLanguage + "_" + direction).lowercased(), term)
                Self.add(&entry.language, "@none", term)
                Self.add(&entry.type, "@none", term)
            } else {
                Self.add(&entry.language, defaultLanguage, term)
                Self.add(&entry.language, "@none", term)
                Self.add(&entry.type, "@none", term)
            }
            map[iri, default: [:]][container] = entry
        }
    }

    private static func add(_ m: inout [String: String], _ key: String, _ term: String) {
        if m[key] == nil { m[key] = term }
    }
}
