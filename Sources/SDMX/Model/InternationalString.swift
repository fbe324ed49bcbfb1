/// A text in one language (`xml:lang`): the SDMX information model's `LocalisedString`, one item
/// of an `InternationalString` (not `Catalog.LocalizedText`, which is a whole multilingual text).
public struct LocalisedString: Hashable, Sendable, Comparable {
    public var language: String
    public var text: String

    public init(_ text: String, language: String) {
        self.text = text
        self.language = language
    }

    public static func < (a: Self, b: Self) -> Bool { (a.language, a.text) < (b.language, b.text) }
}

/// Names or descriptions in several languages, kept sorted by language (one text per language).
public struct InternationalString: Hashable, Sendable {
    public private(set) var texts: [LocalisedString]

    public init(_ texts: [LocalisedString] = []) {
        self.texts = []
        for t in texts { set(t.text, language: t.language) }
    }

    /// Sets the text of a language (replacing any previous one).
    public mutating func set(_ text: String, language: String) {
        let lang = language.lowercased()
        if let i = texts.firstIndex(where: { $0.language == lang }) {
            texts[i].text = text
        } else {
            texts.append(LocalisedString(text, language: lang))
            texts.sort()
        }
    }

    public var isEmpty: Bool { texts.isEmpty }

    public subscript(language: String) -> String? { texts.first { $0.language == language }?.text }

    /// The English text, else the first one (for single-valued fields such as SDMX-JSON `name`).
    public var preferred: String? { self["en"] ?? texts.first?.text }
}
