import Foundation

/// Marks the words of a search in a text with `<mark>`, ignoring case and accents as the search
/// does, and escapes the rest.
enum Highlighter {
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The query's words, folded, longest first (so a longer word wins where two overlap).
    static func words(_ query: String) -> [[Character]] {
        fold(query).split { !$0.isLetter && !$0.isNumber }.map { Array($0) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
    }

    static func mark(_ text: String, _ words: [[Character]]) -> String {
        let original = Array(text)
        // Each original character folded alone; `owner[i]` is the original character of folded position i.
        var folded: [Character] = [], owner: [Int] = []
        for (i, ch) in original.enumerated() {
            for f in fold(String(ch)) { folded.append(f); owner.append(i) }
        }
        var marked = [Bool](repeating: false, count: original.count)
        for word in words where word.count <= folded.count {
            var start = 0
            while start + word.count <= folded.count {
                if folded[start..<(start + word.count)].elementsEqual(word) {
                    for k in start..<(start + word.count) { marked[owner[k]] = true }
                    start += word.count
                } else { start += 1 }
            }
        }
        var out = "", open = false
        for (i, ch) in original.enumerated() {
            if marked[i] != open { out += marked[i] ? "<mark>" : "</mark>"; open = marked[i] }
            out += HTML.escape(String(ch))
        }
        if open { out += "</mark>" }
        return out
    }
}
