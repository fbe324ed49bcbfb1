import SDMX

/// The HTML of the SDMX structure pages (see `SDMXPagesController`).
struct SDMXPages {
    let catalog: StructureMessage
    let language: String

    typealias Identity = (agency: String, id: String, version: String)

    private func matches(_ i: MaintainableIdentity, _ w: Identity) -> Bool {
        i.agencyID == w.agency && i.id == w.id && i.version == w.version
    }

    func exists(_ type: ArtefactType, _ w: Identity) -> Bool {
        switch type {
        case .codelist: return catalog.codelists.contains { matches($0.identity, w) }
        case .conceptScheme: return catalog.conceptSchemes.contains { matches($0.identity, w) }
        case .dataStructure: return catalog.dataStructures.contains { matches($0.identity, w) }
        case .dataflow: return catalog.dataflows.contains { matches($0.identity, w) }
        default: return false
        }
    }

    /// The name in the page language, else English, else any; with a marker when not in the page's.
    func name(_ s: InternationalString, _ fallback: String) -> String {
        if let t = s[language] { return HTML.escape(t) }
        guard let other = s.texts.first(where: { $0.language == "en" }) ?? s.texts.first else { return HTML.escape(fallback) }
        return "<span lang=\"\(HTML.escape(other.language))\">\(HTML.escape(other.text))</span> <span class=\"fallback\">[\(HTML.escape(other.language))]</span>"
    }

    static func pageURL(_ r: ArtefactReference, language: String) -> String {
        "/structures/\(r.type.restV1Resource)/\(HTML.queryEscape(r.agencyID))/\(HTML.queryEscape(r.id))/\(HTML.queryEscape(r.version))?lang=\(language)"
    }

    /// SDMX-ML 2.1 (REST 1.5) and SDMX-JSON 2.0.0 (REST 2) of an artefact.
    static func formats(_ r: ArtefactReference) -> String {
        let tail = "\(HTML.queryEscape(r.agencyID))/\(HTML.queryEscape(r.id))/\(HTML.queryEscape(r.version))"
        return "<a href=\"/sdmx/v1/\(r.type.restV1Resource)/\(tail)\">SDMX-ML 2.1</a> "
            + "<a href=\"/sdmx/v2/structure/\(r.type.restV2Type)/\(tail)?format=sdmx-json&amp;formatVersion=2.0.0\">SDMX-JSON</a>"
    }

    var index: String {
        var body = "<h1>" + HTML.say(language, "SDMX structures", "Structures SDMX") + "</h1>\n<p>"
            + HTML.say(language, "The catalog as SDMX: also at ", "Le catalogue en SDMX : aussi via ")
            + "<a href=\"/sdmx/v1/structure/all/all/latest\">/sdmx/v1</a>, <a href=\"/sdmx/v2/structure\">/sdmx/v2</a>; DCAT-AP: "
            + "<a href=\"/dcat?format=ttl\">Turtle</a> <a href=\"/dcat?format=jsonld\">JSON-LD</a> <a href=\"/dcat?format=rdf\">RDF/XML</a></p>\n"
        let groups: [(String, String, [(ArtefactReference, InternationalString)])] = [
            ("Data structures", "Structures de données", catalog.dataStructures.map { ($0.reference, $0.names) }),
            ("Dataflows", "Flux de données", catalog.dataflows.map { (ArtefactReference(.dataflow, $0.identity), $0.names) }),
            ("Codelists", "Listes de codes", catalog.codelists.map { ($0.reference, $0.names) }),
            ("Concept schemes", "Schémas de concepts", catalog.conceptSchemes.map { (ArtefactReference(.conceptScheme, $0.identity), $0.names) }),
        ]
        for (en, fr, items) in groups where !items.isEmpty {
            body += "<h2>" + HTML.say(language, en, fr) + " <span class=\"count\">(\(items.count))</span></h2>\n<table class=\"structures\"><thead><tr><th scope=\"col\">"
                + HTML.say(language, "Structure", "Structure") + "</th><th scope=\"col\">" + HTML.say(language, "Name", "Nom")
                + "</th><th scope=\"col\">" + HTML.say(language, "Formats", "Formats") + "</th></tr></thead><tbody>\n"
            for (ref, names) in items.sorted(by: { $0.0 < $1.0 }) {
                body += "<tr><td><a href=\"\(HTML.escape(Self.pageURL(ref, language: language)))\">\(HTML.escape(ref.agencyID + ":" + ref.id + "(" + ref.version + ")"))</a></td><td>"
                    + name(names, ref.id) + "</td><td class=\"downloads\">" + Self.formats(ref) + "</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        return HTML.page(title: HTML.say(language, "SDMX structures", "Structures SDMX"), language: language, path: "/structures", body: body)
    }

    func page(_ type: ArtefactType, _ w: Identity) -> String? {
        let ref = ArtefactReference(type, agencyID: w.agency, id: w.id, version: w.version)
        let title: String, content: String
        switch type {
        case .codelist:
            guard let cl = catalog.codelists.first(where: { matches($0.identity, w) }) else { return nil }
            title = cl.names[language] ?? cl.names.preferred ?? cl.identity.id
            var validity = ""
            if cl.validFrom != nil || cl.validTo != nil {
                validity = "<p class=\"validity\">" + HTML.say(language, "Valid ", "Valide ") + HTML.escape((cl.validFrom ?? "?") + " – " + (cl.validTo ?? "")) + "</p>\n"
            }
            content = validity + itemTable(cl.codes.map { ($0.id, $0.names, $0.parentID) }, caption: HTML.say(language, "Codes", "Codes"))
        case .conceptScheme:
            guard let cs = catalog.conceptSchemes.first(where: { matches($0.identity, w) }) else { return nil }
            title = cs.names[language] ?? cs.names.preferred ?? cs.identity.id
            content = itemTable(cs.concepts.map { ($0.id, $0.names, $0.parentID) }, caption: HTML.say(language, "Concepts", "Concepts"))
        case .dataStructure:
            guard let dsd = catalog.dataStructures.first(where: { matches($0.identity, w) }) else { return nil }
            title = dsd.names[language] ?? dsd.names.preferred ?? dsd.identity.id
            content = components(dsd)
        case .dataflow:
            guard let df = catalog.dataflows.first(where: { matches($0.identity, w) }) else { return nil }
            title = df.names[language] ?? df.names.preferred ?? df.identity.id
            var text = ""
            if let d = df.descriptions[language] ?? df.descriptions.preferred { text += "<p class=\"lead\">\(HTML.escape(d))</p>\n" }
            if let s = df.structure {
                text += "<p>" + HTML.say(language, "Data structure: ", "Structure de données : ")
                    + "<a href=\"\(HTML.escape(Self.pageURL(s, language: language)))\">\(HTML.escape(s.agencyID + ":" + s.id + "(" + s.version + ")"))</a></p>\n"
            }
            content = text
        default:
            return nil
        }
        let body = "<nav class=\"crumbs\" aria-label=\"" + HTML.say(language, "Breadcrumbs", "Fil d’Ariane") + "\"><ol><li><a href=\"/structures?lang=\(language)\">"
            + HTML.say(language, "SDMX structures", "Structures SDMX") + "</a></li><li aria-current=\"page\">" + HTML.escape(ref.description) + "</li></ol></nav>\n"
            + "<h1>\(HTML.escape(title))</h1>\n<p class=\"iri\">\(HTML.escape(ref.urn))</p>\n<p class=\"formats\">" + Self.formats(ref) + "</p>\n" + content
        return HTML.page(title: title, language: language,
                         path: "/structures/\(type.restV1Resource)/\(HTML.queryEscape(w.agency))/\(HTML.queryEscape(w.id))/\(HTML.queryEscape(w.version))", body: body)
    }

    private func itemTable(_ items: [(id: String, names: InternationalString, parent: String?)], caption: String) -> String {
        var out = "<table class=\"codes\"><caption>\(HTML.escape(caption)) (\(items.count))</caption><thead><tr><th scope=\"col\">"
            + HTML.say(language, "Code", "Code") + "</th><th scope=\"col\">" + HTML.say(language, "Name", "Nom") + "</th><th scope=\"col\">"
            + HTML.say(language, "Parent", "Parent") + "</th></tr></thead><tbody>\n"
        for item in items {
            out += "<tr id=\"code-\(HTML.escape(item.id))\"><td><code>\(HTML.escape(item.id))</code></td><td>" + name(item.names, item.id) + "</td><td>"
                + (item.parent.map { "<a href=\"#code-\(HTML.escape($0))\">\(HTML.escape($0))</a>" } ?? "") + "</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    private func concept(_ c: ItemReference) -> String {
        let schemes = catalog.conceptSchemes.first { ArtefactReference(.conceptScheme, $0.identity) == c.scheme }
        let names = schemes?.concepts.first { $0.id == c.itemID }?.names
        return "<a href=\"\(HTML.escape(Self.pageURL(c.scheme, language: language) + "#code-" + c.itemID))\">\(HTML.escape(c.itemID))</a>"
            + (names.map { " " + name($0, c.itemID) } ?? "")
    }

    private func representation(_ r: SDMX.Representation?) -> String {
        switch r {
        case .enumeration(let cl)?:
            return "<a href=\"\(HTML.escape(Self.pageURL(cl, language: language)))\">\(HTML.escape(cl.agencyID + ":" + cl.id + "(" + cl.version + ")"))</a>"
        case .textFormat(let type)?:
            return HTML.escape(type)
        case nil:
            return ""
        }
    }

    private func components(_ dsd: DataStructure) -> String {
        let head = "<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">" + HTML.say(language, "Concept", "Concept") + "</th><th scope=\"col\">"
            + HTML.say(language, "Representation", "Représentation") + "</th></tr></thead>"
        var out = "<h2>" + HTML.say(language, "Dimensions", "Dimensions") + "</h2>\n<table class=\"dimensions\">" + head + "<tbody>\n"
        for d in dsd.dimensions.sorted(by: { $0.position < $1.position }) {
            out += "<tr><td><code>\(HTML.escape(d.id))</code></td><td>" + concept(d.concept) + "</td><td>" + representation(d.representation) + "</td></tr>\n"
        }
        if let t = dsd.timeDimension {
            out += "<tr><td><code>\(HTML.escape(t.id))</code></td><td>" + concept(t.concept) + "</td><td>ObservationalTimePeriod</td></tr>\n"
        }
        out += "</tbody></table>\n<h2>" + HTML.say(language, "Attributes", "Attributs") + "</h2>\n<table class=\"attributes\">" + head + "<tbody>\n"
        for a in dsd.attributes {
            out += "<tr><td><code>\(HTML.escape(a.id))</code> <small>\(HTML.escape(a.assignmentStatus.rawValue))</small></td><td>" + concept(a.concept) + "</td><td>"
                + representation(a.representation) + "</td></tr>\n"
        }
        out += "</tbody></table>\n"
        if let m = dsd.measure {
            out += "<h2>" + HTML.say(language, "Measure", "Mesure") + "</h2>\n<table class=\"measures\">" + head + "<tbody><tr><td><code>\(HTML.escape(m.id))</code></td><td>"
                + concept(m.concept) + "</td><td>" + representation(m.representation) + "</td></tr></tbody></table>\n"
        }
        return out
    }
}
