import Catalog

/// The search page: a form, the facets with their counts (links that narrow or widen), one page
/// of hits with the query's words marked, and links to the other pages.
struct SearchPage {
    let q: String
    let hits: [SearchHit]
    let selection: SearchFacets.Selection
    let page: Int
    let pageSize: Int
    let language: String
    let base: String
    /// Classification id → label, for the classification facet.
    var classificationNames: [String: String] = [:]

    var html: String {
        let title = q.isEmpty ? HTML.say(language, "Search", "Recherche")
            : HTML.say(language, "Results for “", "Résultats pour « ") + q + HTML.say(language, "”", " »")
        let filtered = hits.filter(selection.admits)
        var body = "<h1>\(HTML.escape(title))</h1>\n"
        body += "<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\"><label for=\"search-q\">"
            + HTML.say(language, "Words", "Mots") + "</label> <input type=\"search\" id=\"search-q\" name=\"q\" value=\"\(HTML.escape(q))\">"
            + selection.parameters.map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\(HTML.escape($0.1))\">" }.joined()
            + "<input type=\"hidden\" name=\"lang\" value=\"\(language)\"> <button type=\"submit\">" + HTML.say(language, "Search", "Rechercher")
            + "</button></form>\n"
        guard !q.isEmpty else {
            return HTML.page(title: title, language: language, path: "/search", body: body)
        }
        body += "<div class=\"layout\"><aside class=\"facets\" aria-label=\"" + HTML.say(language, "Narrow the results", "Affiner les résultats") + "\">"
        body += facet(.kind, HTML.say(language, "Kind", "Type")) { kind in
            ResourceKind(rawValue: kind).map { KindNames.name($0, language) } ?? kind
        }
        body += facet(.textLanguage, HTML.say(language, "Matched in", "Trouvé en")) { l in
            switch l {
            case "fr": return HTML.say(language, "French", "français")
            case "en": return HTML.say(language, "English", "anglais")
            default: return HTML.say(language, "a code", "un code")
            }
        }
        body += facet(.classification, HTML.say(language, "Classification", "Nomenclature")) { classificationNames[$0] ?? $0 }
        body += "</aside><section class=\"hits\" aria-labelledby=\"hit-count\">"
        body += "<p id=\"hit-count\" class=\"status\">" + "\(filtered.count) " + HTML.say(language, "result(s)", "résultat(s)") + "</p>\n"
        let pages = max(1, (filtered.count + pageSize - 1) / pageSize)
        let current = min(max(page, 1), pages)
        let start = (current - 1) * pageSize
        let slice = filtered[min(start, filtered.count)..<min(start + pageSize, filtered.count)]
        if slice.isEmpty {
            body += "<p>" + HTML.say(language, "No results.", "Aucun résultat.") + "</p>"
        } else {
            let words = Highlighter.words(q)
            body += "<ol class=\"hits\" start=\"\(start + 1)\">\n" + slice.map { hit(words, $0) }.joined(separator: "\n") + "\n</ol>\n"
        }
        if pages > 1 {
            body += "<nav class=\"pager\" aria-label=\"" + HTML.say(language, "Result pages", "Pages de résultats") + "\">"
            if current > 1 { body += pageLink(current - 1, HTML.say(language, "← Previous", "← Précédents")) }
            body += "<span>" + HTML.say(language, "Page ", "Page ") + "\(current) / \(pages)</span>"
            if current < pages { body += pageLink(current + 1, HTML.say(language, "Next →", "Suivants →")) }
            body += "</nav>"
        }
        body += "</section></div>\n"
        return HTML.page(title: title, language: language, path: "/search", query: parameters(page: current), body: body)
    }

    private func parameters(page: Int, selection: SearchFacets.Selection? = nil) -> [(String, String)] {
        [("q", q)] + (selection ?? self.selection).parameters + (page > 1 ? [("page", String(page))] : [])
    }

    private func pageLink(_ page: Int, _ text: String) -> String {
        "<a href=\"\(HTML.escape(HTML.url("/search", parameters(page: page) + [("lang", language)])))\">\(HTML.escape(text))</a>"
    }

    /// One facet: "all" and each value with its count; the selected value is marked `aria-current`.
    private func facet(_ f: SearchFacets.Facet, _ title: String, _ name: (String) -> String) -> String {
        let counts = SearchFacets.counts(f, hits: hits, selection: selection)
        guard !counts.isEmpty else { return "" }
        let chosen = SearchFacets.Selection.value(of: f, in: selection)
        var items = ["<li><a href=\"\(HTML.escape(HTML.url("/search", parameters(page: 1, selection: selection.without(f)) + [("lang", language)])))\""
                     + (chosen == nil ? " aria-current=\"true\"" : "") + ">" + HTML.say(language, "All", "Tous") + "</a></li>"]
        for (value, count) in counts {
            let narrowed = selection.with(f, value)
            items.append("<li><a data-facet=\"\(f.rawValue)\" data-value=\"\(HTML.escape(value))\" href=\"\(HTML.escape(HTML.url("/search", parameters(page: 1, selection: narrowed) + [("lang", language)])))\""
                         + (chosen == value ? " aria-current=\"true\"" : "") + ">" + HTML.escape(name(value)) + "</a> <span class=\"count\">(\(count))</span></li>")
        }
        return "<h2>\(HTML.escape(title))</h2><ul>" + items.joined() + "</ul>"
    }

    private func hit(_ words: [[Character]], _ h: SearchHit) -> String {
        let label = h.labels.pick(language)
        let text = label?.text ?? h.id
        var li = "<li><a href=\"\(HTML.escape(ResourcePage.link(h.iri, base: base, language: language)))\""
            + (label.map { $0.language.isEmpty || $0.language == language ? "" : " lang=\"\(HTML.escape($0.language))\"" } ?? "")
            + ">" + Highlighter.mark(text, words) + "</a>" + (label.map { HTML.fallbackMarker($0, language: language) } ?? "")
            + " <span class=\"kind\">\(HTML.escape(KindNames.name(h.kind, language)))</span>"
        if let c = h.classification { li += " <small>\(HTML.escape(c))</small>" }
        if h.matched != text {
            li += "<br><small>" + HTML.say(language, "matched: ", "trouvé : ")
                + (h.language.isEmpty || h.language == language ? "" : "<span lang=\"\(HTML.escape(h.language))\">")
                + Highlighter.mark(h.matched, words) + (h.language.isEmpty || h.language == language ? "" : "</span>") + "</small>"
        }
        return li + "</li>"
    }
}

extension SearchFacets.Selection {
    static func value(of facet: SearchFacets.Facet, in s: SearchFacets.Selection) -> String? {
        switch facet {
        case .kind: return s.kind?.rawValue
        case .textLanguage: return s.textLanguage
        case .classification: return s.classification
        }
    }

    func with(_ facet: SearchFacets.Facet, _ value: String) -> SearchFacets.Selection {
        var s = self
        switch facet {
        case .kind: s.kind = ResourceKind(rawValue: value)
        case .textLanguage: s.textLanguage = value
        case .classification: s.classification = value
        }
        return s
    }
}
