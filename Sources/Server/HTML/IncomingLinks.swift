import Catalog

/// The "Linked from" section of a resource page: the total count, one group per property with its
/// own count, and one page of links at a time (`?inPage=N`, pages of a fixed size across groups).
struct IncomingLinks {
    let groups: [PropertyValues]
    let language: String
    let path: String
    let page: Int
    let pageSize: Int
    let render: (LinkedValue) -> String
    /// The caption of a property (its label, else its prefixed name).
    let caption: (PropertyValues) -> String

    var html: String {
        // Every (group, value) in order; counts include values the description left out.
        let total = groups.reduce(0) { $0 &+ $1.values.count &+ $1.omitted }
        guard total > 0 else { return "" }
        let rows = groups.enumerated().flatMap { i, g in g.values.map { (group: i, value: $0) } }
        let pages = max(1, (rows.count + pageSize - 1) / pageSize)
        let current = min(max(page, 1), pages)
        let start = (current - 1) * pageSize
        let slice = rows[min(start, rows.count)..<min(start + pageSize, rows.count)]
        var out = "<h2 id=\"incoming\">" + HTML.say(language, "Linked from", "Liens entrants")
            + " <span class=\"count\">(\(total))</span></h2>\n<table class=\"incoming\">\n"
        var lastGroup = -1
        for row in slice {
            let g = groups[row.group]
            if row.group != lastGroup {
                let name = caption(g)
                out += "<tr class=\"group\"><th colspan=\"2\" scope=\"rowgroup\" title=\"\(HTML.escape(g.predicate))\">"
                    + HTML.escape(HTML.say(language, "as ", "en tant que ")) + HTML.escape(name)
                    + " (\(g.values.count &+ g.omitted))</th></tr>\n"
                lastGroup = row.group
            }
            out += "<tr><td colspan=\"2\">" + render(row.value) + "</td></tr>\n"
        }
        out += "</table>\n"
        if pages > 1 {
            out += "<nav class=\"pager\" aria-label=\"" + HTML.say(language, "Incoming links pages", "Pages des liens entrants") + "\">"
            if current > 1 { out += link(current - 1, HTML.say(language, "← Previous", "← Précédents")) }
            out += "<span>" + HTML.say(language, "Page ", "Page ") + "\(current) / \(pages)</span>"
            if current < pages { out += link(current + 1, HTML.say(language, "Next →", "Suivants →")) }
            out += "</nav>\n"
        }
        return out
    }

    private func link(_ page: Int, _ text: String) -> String {
        "<a href=\"\(HTML.escape(HTML.url(path, [("lang", language), ("inPage", String(page))])))#incoming\">\(HTML.escape(text))</a>"
    }
}
