import Foundation
import RDF
import Store

/// Full-text search over the labels of every resource with a view, in every language:
/// case- and accent-insensitive, ranked (exact label, then label prefix, then every query word
/// starting a word of the label, then substring).
public struct SearchIndex: Sendable {
    struct Entry: Sendable {
        var kind: ResourceKind
        var id: String
        var iri: String
        var labels: LocalizedText
        /// (folded text, original text, language)
        var texts: [(String, String, String)]
        /// The classification version of an item (its first `skos:inScheme`), and that version's validity.
        var classification: String? = nil
        var validity: Validity? = nil
    }

    let entries: [Entry]

    init(_ c: ViewContext) {
        var entries: [Entry] = []
        for kind in ResourceKind.allCases {
            for node in c.members(kind) {
                let iri = c.iriString(node)
                guard let id = c.id(of: iri, kind: kind) else { continue }
                // The labeller's labels, else the kind's mapped labels (an office's own label property).
                let known = c.labels(node)
                let labels = known.isEmpty ? c.text(node, kind, "labels") : known
                // Alternative labels and notation as the kind's mapping names them, else SKOS's.
                let mapped = { (field: String, fallback: String) -> [PropertyPath] in
                    let paths = c.properties(kind, field)
                    return paths.isEmpty ? [[fallback]] : paths
                }
                var texts: [(String, String, String)] = []
                for l in labels.languages { if let t = labels[l] { texts.append((Self.fold(t), t, l)) } }
                // By language: a dictionary's order changes from one process to the next, and the first
                // text with the best score is the one a hit reports.
                for (l, alts) in c.texts(node, paths: mapped("altLabels", SKOS.altLabel)).sorted(by: { $0.key < $1.key }) {
                    for t in alts { texts.append((Self.fold(t), t, l)) }
                }
                if let n = c.string(node, paths: mapped("notation", SKOS.notation)) {
                    texts.append((Self.fold(n), n, ""))
                    // "62.01" is also found as "6201", "62.01Z" as "6201Z": the notation without its punctuation
                    let compact = Self.fold(n).replacingOccurrences(of: " ", with: "")
                    if compact != Self.fold(n) { texts.append((compact, n, "")) }
                }
                var entry = Entry(kind: kind, id: id, iri: iri, labels: labels, texts: texts)
                if kind == .concept, let scheme = c.objects(node, .concept, "schemes").first {
                    entry.classification = c.id(of: c.iriString(scheme), kind: .classification)
                    entry.validity = Validity.stated(scheme, c)
                }
                entries.append(entry)
            }
        }
        self.entries = entries
    }

    /// Lower-cased, accents removed, punctuation turned into spaces, spaces collapsed.
    static func fold(_ s: String) -> String {
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        var space = true
        for ch in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(ch) { out.unicodeScalars.append(ch); space = false }
            else if !space { out.append(" "); space = true }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    static func score(_ text: String, _ query: String, _ words: [Substring]) -> Int {
        if text == query { return 100 }
        if text.hasPrefix(query) { return 70 }
        let textWords = text.split(separator: " ")
        if words.allSatisfy({ w in textWords.contains { $0.hasPrefix(w) } }) { return 50 }
        if text.contains(query) { return 20 }
        return 0
    }

    public func search(_ query: String, kinds: Set<ResourceKind>? = nil) -> [SearchHit] {
        let q = Self.fold(query)
        guard !q.isEmpty else { return [] }
        let words = q.split(separator: " ")
        var hits: [SearchHit] = []
        for e in entries where kinds?.contains(e.kind) ?? true {
            var best: SearchHit?
            for (folded, original, language) in e.texts {
                let s = Self.score(folded, q, words)
                if s > (best?.score ?? 0) {
                    best = SearchHit(kind: e.kind, id: e.id, iri: e.iri, labels: e.labels, matched: original,
                                     language: language, score: s, classification: e.classification, validity: e.validity)
                }
            }
            if let best { hits.append(best) }
        }
        return hits.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.matched.count != $1.matched.count { return $0.matched.count < $1.matched.count }
            return ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id)
        }
    }
}
