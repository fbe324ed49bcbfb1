import Catalog

/// The names of the kinds of resources, in English and French.
enum KindNames {
    static let names: [ResourceKind: (en: String, fr: String)] = [
        .series: ("Time series", "Séries temporelles"), .dataflow: ("Dataflows", "Flux de données"),
        .classification: ("Classifications", "Nomenclatures"), .concept: ("Concepts", "Concepts"),
        .event: ("Events", "Événements"), .internship: ("Internship topics", "Sujets de stage"),
        .organisation: ("Organisations", "Organisations"), .project: ("Projects", "Projets"),
        .family: ("Operation families", "Familles d'opérations"),
        .operationSeries: ("Operation series", "Séries d'opérations"), .operation: ("Operations", "Opérations"),
        .indicator: ("Indicators", "Indicateurs"), .qualityReport: ("Quality reports", "Rapports qualité"),
    ]

    static func name(_ kind: ResourceKind, _ language: String) -> String {
        guard let n = names[kind] else { return kind.rawValue }
        return language == "fr" ? n.fr : n.en
    }
}
