import Catalog

/// The facets of the search page: what a hit is filtered by and how values are counted.
enum SearchFacets {
    struct Selection: Sendable {
        var kind: ResourceKind?
        var textLanguage: String?
        var classification: String?

        /// The selection without one facet (to count that facet's values).
        func without(_ facet: Facet) -> Selection {
            var s = self
            switch facet {
            case .kind: s.kind = nil
            case .textLanguage: s.textLanguage = nil
            case .classification: s.classification = nil
            }
            return s
        }

        func admits(_ hit: SearchHit) -> Bool {
            (kind.map { hit.kind == $0 } ?? true)
                && (textLanguage.map { SearchFacets.textLanguage(hit) == $0 } ?? true)
                && (classification.map { hit.classification == $0 } ?? true)
        }

        var parameters: [(String, String)] {
            (kind.map { [("kind", $0.rawValue)] } ?? []) + (textLanguage.map { [("textLang", $0)] } ?? [])
                + (classification.map { [("classification", $0)] } ?? [])
        }
    }

    enum Facet: String, CaseIterable, Sendable { case kind, textLanguage = "textLang", classification }

    /// The language of the text a hit matched: fr, en, or code for a notation or untagged text.
    static func textLanguage(_ hit: SearchHit) -> String {
        hit.language.isEmpty ? "code" : hit.language.lowercased()
    }

    /// The facet's value of a hit (nil: the hit has none, e.g. no classification).
    static func value(_ facet: Facet, _ hit: SearchHit) -> String? {
        switch facet {
        case .kind: return hit.kind.rawValue
        case .textLanguage: return textLanguage(hit)
        case .classification: return hit.classification
        }
    }

    /// (value, count) of a facet over the hits the other selected facets admit, most frequent first.
    static func counts(_ facet: Facet, hits: [SearchHit], selection: Selection) -> [(value: String, count: Int)] {
        let others = selection.without(facet)
        var counts: [String: Int] = [:]
        for hit in hits where others.admits(hit) {
            if let v = value(facet, hit) { counts[v, default: 0] += 1 }
        }
        return counts.map { (value: $0.key, count: $0.value) }.sorted { ($1.count, $0.value) < ($0.count, $1.value) }
    }
}
