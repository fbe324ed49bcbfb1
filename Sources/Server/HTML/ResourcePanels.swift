import Catalog
import RDF

/// The panel at the top of a resource page for types with structure: a series shows its dataflow,
/// frequency and dimension values; a dataflow its structure and frequency; an event its date,
/// place and speakers; an internship topic its host, period and skills; a classification and its
/// items link to the classification browser.
struct ResourcePanels {
    let description: ResourceDescription
    let language: String
    let base: String
    let render: (LinkedValue) -> String

    /// One line of a panel: a caption and the predicates whose values it shows.
    struct Line {
        var en: String, fr: String
        var predicates: [String]
    }

    var html: String {
        let types = Set(description.types.compactMap { $0.term.iriValue })
        var lines: [Line] = []
        var title = ("", "")
        if types.contains(LDS.TimeSeries) {
            title = ("Series", "Série")
            lines = [Line(en: "Dataflow", fr: "Flux de données", predicates: [DCTERMS.isPartOf, QB.dataSet]),
                     Line(en: "Frequency", fr: "Fréquence", predicates: [base + "id/component/FREQ", DCTERMS.accrualPeriodicity])]
        } else if types.contains(LDS.Dataflow) {
            title = ("Dataflow", "Flux de données")
            lines = [Line(en: "Data structure", fr: "Structure", predicates: [QB.structure]),
                     Line(en: "Frequency", fr: "Fréquence", predicates: [DCTERMS.accrualPeriodicity]),
                     Line(en: "Publisher", fr: "Éditeur", predicates: [DCTERMS.publisher])]
        } else if !types.isDisjoint(with: ResourceKind.event.classes) {
            title = ("Event", "Événement")
            lines = [Line(en: "Date", fr: "Date", predicates: [SchemaOrg.startDate]),
                     Line(en: "Until", fr: "Jusqu’au", predicates: [SchemaOrg.endDate]),
                     Line(en: "Place", fr: "Lieu", predicates: [SchemaOrg.location]),
                     Line(en: "Speakers", fr: "Intervenants", predicates: [SchemaOrg.performer]),
                     Line(en: "Organiser", fr: "Organisateur", predicates: [SchemaOrg.organizer]),
                     Line(en: "Part of", fr: "Fait partie de", predicates: [SchemaOrg.superEvent])]
        } else if types.contains(LDS.InternshipTopic) {
            title = ("Internship topic", "Sujet de stage")
            lines = [Line(en: "Host", fr: "Structure d’accueil", predicates: [SchemaOrg.hiringOrganization]),
                     Line(en: "Start", fr: "Début", predicates: [SchemaOrg.jobStartDate]),
                     Line(en: "Period", fr: "Durée", predicates: [LDS.duration, LDS.minDuration, LDS.maxDuration]),
                     Line(en: "Skills", fr: "Compétences", predicates: [SchemaOrg.skills])]
        }
        var out = ""
        if !lines.isEmpty {
            var rows = lines.compactMap { line -> String? in
                let values = line.predicates.flatMap { p in description.properties.first { $0.predicate == p }?.values ?? [] }
                guard !values.isEmpty else { return nil }
                return "<dt>\(HTML.escape(HTML.say(language, line.en, line.fr)))</dt><dd>" + shown(values) + "</dd>"
            }
            if types.contains(LDS.TimeSeries) {
                let featured = Set(lines.flatMap(\.predicates))
                let dimensions = description.properties.filter { $0.predicate.hasPrefix(base + "id/component/") && !featured.contains($0.predicate) }
                for d in dimensions {
                    rows.append("<dt>\(HTML.escape(d.label?.text ?? String(d.predicate.dropFirst(base.count + 13))))</dt><dd>" + shown(d.values) + "</dd>")
                }
            }
            if !rows.isEmpty {
                out += "<section class=\"panel\" aria-labelledby=\"panel-title\"><h2 id=\"panel-title\">"
                    + HTML.escape(HTML.say(language, title.0, title.1)) + "</h2><dl>" + rows.joined() + "</dl></section>\n"
            }
        }
        return out + browserLink(types)
    }

    /// Values in the page's language when the predicate has several languages, else all of them.
    private func shown(_ values: [LinkedValue]) -> String {
        let inLanguage = values.filter { if case .literal(let l) = $0.term { return l.language == language } else { return false } }
        let literalsWithLanguage = values.contains { if case .literal(let l) = $0.term { return l.language != nil } else { return false } }
        return (literalsWithLanguage && !inLanguage.isEmpty ? inLanguage : values).map(render).joined(separator: ", ")
    }

    /// A classification (or one of its items) opens in the classification browser.
    private func browserLink(_ types: Set<String>) -> String {
        guard let iri = description.resource.iriValue else { return "" }
        let prefix = base + "id/classification/"
        guard iri.hasPrefix(prefix) else { return "" }
        let rest = iri.dropFirst(prefix.count).split(separator: "/", maxSplits: 1).map(String.init)
        guard let scheme = rest.first else { return "" }
        let target: String, caption: String
        if types.contains(SKOS.ConceptScheme) {
            target = "/classifications/" + HTML.queryEscape(scheme)
            caption = HTML.say(language, "Browse this classification as a tree", "Parcourir cette nomenclature en arborescence")
        } else if rest.count == 2, types.contains(SKOS.Concept) {
            target = "/classifications/" + HTML.queryEscape(scheme) + "/items/" + HTML.queryEscape(rest[1])
            caption = HTML.say(language, "This item in the classification browser", "Ce poste dans le navigateur de nomenclatures")
        } else { return "" }
        return "<p class=\"browse\"><a href=\"\(HTML.escape(target))?lang=\(language)\">\(HTML.escape(caption))</a></p>\n"
    }
}
