import Catalog

/// A collection of resources of one kind that has no finer dataset of its own (series, concepts,
/// events…): one `dcat:Dataset`, served by the REST list and the bulk export routes.
struct Collection: Sendable {
    var kind: ResourceKind
    /// The REST path segment (`/api/{plural}`, `/api/export/{plural}`).
    var plural: String
    var titles: (fr: String, en: String)
    var descriptions: (fr: String, en: String)

    func count(_ views: CatalogViews) -> Int { views.context.members(kind).count }

    static let all: [Collection] = [
        Collection(kind: .series, plural: "series", titles: ("Séries chronologiques", "Time series"),
                   descriptions: ("Métadonnées de toutes les séries chronologiques des flux de données (clés, dimensions, attributs).",
                                  "Metadata of every time series of the dataflows (keys, dimensions, attributes).")),
        Collection(kind: .concept, plural: "concepts", titles: ("Concepts", "Concepts"),
                   descriptions: ("Tous les concepts SKOS du catalogue, avec leurs libellés et définitions en français et en anglais.",
                                  "Every SKOS concept of the catalogue, with French and English labels and definitions.")),
        Collection(kind: .event, plural: "events", titles: ("Séminaires et formations", "Seminars and training sessions"),
                   descriptions: ("Séminaires, formations et autres événements de la statistique publique, avec leurs interventions.",
                                  "Seminars, training sessions and other events of official statistics, with their talks.")),
        Collection(kind: .internship, plural: "internship-topics", titles: ("Sujets de stage", "Internship topics"),
                   descriptions: ("Sujets de stage proposés en statistique et science des données.",
                                  "Internship topics offered in statistics and data science.")),
        Collection(kind: .organisation, plural: "organisations", titles: ("Organisations", "Organisations"),
                   descriptions: ("Organisations et unités de la statistique publique et de leurs partenaires.",
                                  "Organisations and units of official statistics and their partners.")),
        Collection(kind: .project, plural: "projects", titles: ("Projets", "Projects"),
                   descriptions: ("Projets d'innovation de la statistique publique.", "Innovation projects of official statistics.")),
    ]
}
