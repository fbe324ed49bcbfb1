import Catalog

/// The page of one classification item: breadcrumbs from its ancestors, its notes (includes,
/// excludes…), validity, children, the items of other versions it comes from or goes to, and its
/// projection into a version chosen in a form (`?to=`).
struct ClassificationItemPage {
    let history: ClassificationHistory
    let scheme: ClassificationView
    let item: ClassificationItem
    let target: String?
    let projection: Result<Projection, ClassificationHistoryError>?
    let language: String
    let base: String

    static func url(scheme: String, code: String, language: String, date: Day? = nil) -> String {
        HTML.url("/classifications/" + HTML.queryEscape(scheme) + "/items/" + HTML.queryEscape(code),
                 [("lang", language)] + (date.map { [("date", $0.description)] } ?? []))
    }

    var html: String {
        let label = item.labels.pick(language)
        let code = item.notation ?? item.code
        let schemeLabel = scheme.labels.pick(language)?.text ?? scheme.id
        var body = breadcrumbs(schemeLabel)
        body += "<h1><span class=\"code\">\(HTML.escape(code))</span> "
            + (label.map { HTML.text($0.text, language: $0.language, pageLanguage: language) + HTML.fallbackMarker($0, language: language) } ?? "")
            + "</h1>\n<dl class=\"facts\">"
        body += "<dt>" + HTML.say(language, "Classification", "Nomenclature") + "</dt><dd><a href=\"/classifications/"
            + HTML.escape(HTML.queryEscape(scheme.id)) + "?lang=\(language)\">" + HTML.escape(schemeLabel) + "</a></dd>"
        if let validity = item.validity ?? scheme.validity {
            body += "<dt>" + HTML.say(language, "Validity", "Validité") + "</dt><dd class=\"validity\">" + HTML.escape(validity.text) + "</dd>"
        }
        if let depth = item.depth { body += "<dt>" + HTML.say(language, "Level", "Niveau") + "</dt><dd>\(depth)</dd>" }
        body += "</dl>\n"
        body += notes()
        let children = history.children(of: item, in: scheme)
        if !children.isEmpty {
            body += "<h2>" + HTML.say(language, "Children", "Postes inclus") + " <span class=\"count\">(\(children.count))</span></h2>\n<ul class=\"children\">"
                + children.map(entry).joined() + "</ul>\n"
        }
        body += correspondences()
        body += "<p class=\"formats\"><a href=\"\(HTML.escape(ResourcePage.link(item.iri, base: base, language: language)))\">"
            + HTML.say(language, "Resource page", "Page de la ressource") + "</a> <a href=\"/api/classifications/"
            + HTML.escape(HTML.queryEscape(scheme.id)) + "/items/" + HTML.escape(HTML.queryEscape(item.code)) + "\">JSON</a></p>\n"
        let title = code + " " + (label?.text ?? "")
        return HTML.page(title: title, language: language,
                         path: "/classifications/" + HTML.queryEscape(scheme.id) + "/items/" + HTML.queryEscape(item.code),
                         query: target.map { [("to", $0)] } ?? [], body: body)
    }

    private func breadcrumbs(_ schemeLabel: String) -> String {
        var crumbs = ["<li><a href=\"/classifications/\(HTML.escape(HTML.queryEscape(scheme.id)))?lang=\(language)\">\(HTML.escape(schemeLabel))</a></li>"]
        crumbs += history.ancestors(of: item, in: scheme).map { a in
            "<li><a href=\"\(HTML.escape(Self.url(scheme: scheme.id, code: a.code, language: language)))\">"
                + HTML.escape(a.notation ?? a.code) + "</a></li>"
        }
        crumbs.append("<li aria-current=\"page\">" + HTML.escape(item.notation ?? item.code) + "</li>")
        return "<nav class=\"crumbs\" aria-label=\"" + HTML.say(language, "Breadcrumbs", "Fil d’Ariane") + "\"><ol>" + crumbs.joined() + "</ol></nav>\n"
    }

    private func entry(_ i: ClassificationItem) -> String {
        let l = i.labels.pick(language)
        return "<li><a href=\"\(HTML.escape(Self.url(scheme: scheme.id, code: i.code, language: language)))\"><span class=\"code\">"
            + HTML.escape(i.notation ?? i.code) + "</span> "
            + (l.map { HTML.text($0.text, language: $0.language, pageLanguage: language) + HTML.fallbackMarker($0, language: language) } ?? "")
            + "</a></li>"
    }

    static func noteName(_ kind: String, _ language: String) -> String {
        switch kind {
        case "coreContent": return HTML.say(language, "Includes", "Comprend")
        case "additionalContent": return HTML.say(language, "Also includes", "Comprend aussi")
        case "exclusion": return HTML.say(language, "Excludes", "Ne comprend pas")
        case "definition": return HTML.say(language, "Definition", "Définition")
        case "scope": return HTML.say(language, "Scope", "Champ")
        default: return HTML.say(language, "Note", "Note")
        }
    }

    private func notes() -> String {
        let shown = item.notes.compactMap { note -> String? in
            guard let t = note.text.pick(language) else { return nil }
            return "<dt>" + HTML.escape(Self.noteName(note.kind, language)) + "</dt><dd class=\"note-\(HTML.escape(note.kind))\">"
                + HTML.text(t.text, language: t.language, pageLanguage: language) + HTML.fallbackMarker(t, language: language) + "</dd>"
        }
        guard !shown.isEmpty else { return "" }
        return "<h2>" + HTML.say(language, "Notes", "Notes explicatives") + "</h2>\n<dl class=\"notes\">" + shown.joined() + "</dl>\n"
    }

    private func step(_ s: Step) -> String {
        let l = s.labels?.pick(language)
        var out = "<li><a href=\"\(HTML.escape(Self.url(scheme: s.classification, code: s.code, language: language)))\">"
            + HTML.escape(s.classification) + " <span class=\"code\">" + HTML.escape(s.notation ?? s.code) + "</span> "
            + (l.map { HTML.text($0.text, language: $0.language, pageLanguage: language) } ?? "") + "</a>"
        if let kind = s.kind { out += " <span class=\"kind\">\(HTML.escape(kind))</span>" }
        if let table = s.correspondence { out += " <small>" + HTML.say(language, "table ", "table ") + HTML.escape(table) + "</small>" }
        return out + "</li>"
    }

    /// Predecessors, successors, and the projection form with its result.
    private func correspondences() -> String {
        let before = history.predecessors(of: item, in: scheme), after = history.successors(of: item, in: scheme)
        let tables = history.correspondences(involving: scheme.id)
        var targets = Set(tables.flatMap { [$0.sourceID, $0.targetID].compactMap { $0 } })
        targets.remove(scheme.id)
        guard !before.isEmpty || !after.isEmpty || !targets.isEmpty else { return "" }
        var out = "<h2 id=\"correspondences\">" + HTML.say(language, "Correspondences", "Correspondances") + "</h2>\n"
        if !before.isEmpty {
            out += "<h3>" + HTML.say(language, "Comes from", "Provient de") + "</h3><ul class=\"predecessors\">" + before.map(step).joined() + "</ul>\n"
        }
        if !after.isEmpty {
            out += "<h3>" + HTML.say(language, "Becomes", "Devient") + "</h3><ul class=\"successors\">" + after.map(step).joined() + "</ul>\n"
        }
        if !targets.isEmpty {
            let options = targets.sorted().map { id in
                "<option value=\"\(HTML.escape(id))\"\(id == target ? " selected" : "")>\(HTML.escape(id))</option>"
            }
            out += "<form class=\"projection\" method=\"get\" action=\"#correspondences\"><label for=\"to\">"
                + HTML.say(language, "Project into", "Projeter dans") + "</label> <select id=\"to\" name=\"to\">" + options.joined()
                + "</select><input type=\"hidden\" name=\"lang\" value=\"\(language)\"> <button type=\"submit\">"
                + HTML.say(language, "Project", "Projeter") + "</button></form>\n"
        }
        switch projection {
        case .success(let p):
            out += "<p>" + HTML.escape(HTML.say(language, "In \(p.target): ", "Dans \(p.target) : "))
                + (p.targets.isEmpty ? HTML.say(language, "no corresponding item.", "aucun poste correspondant.") : "") + "</p>"
            if !p.targets.isEmpty { out += "<ul class=\"projection-result\">" + p.targets.map(step).joined() + "</ul>\n" }
        case .failure(let e):
            out += "<p class=\"error\" role=\"alert\">" + HTML.escape(e.description) + "</p>\n"
        case nil: break
        }
        return out
    }
}
