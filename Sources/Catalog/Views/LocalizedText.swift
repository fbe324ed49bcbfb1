/// A text in several languages (language tags lower-cased; "" for an untagged value).
public struct LocalizedText: Sendable, Hashable, Codable {
    public private(set) var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public var isEmpty: Bool { values.isEmpty }
    public var languages: [String] { values.keys.sorted() }

    public subscript(language: String) -> String? { values[language.lowercased()] }

    /// Adds a value for a language unless one is already there (the first value wins).
    public mutating func add(_ text: String, language: String?) {
        let key = (language ?? "").lowercased()
        if values[key] == nil { values[key] = text }
    }

    /// The text in `language`, else French, else English, else untagged, else any language
    /// (in tag order), with the language it really came from.
    public func pick(_ language: String? = nil) -> LocalizedValue? {
        var order: [String] = []
        if let language { order.append(language.lowercased()) }
        order += ["fr", "en", ""]
        for l in order { if let t = values[l] { return LocalizedValue(text: t, language: l, requested: language) } }
        guard let l = values.keys.sorted().first, let t = values[l] else { return nil }
        return LocalizedValue(text: t, language: l, requested: language)
    }

    /// Every text, for searching.
    public var allTexts: [String] { values.keys.sorted().compactMap { values[$0] } }
}

/// A text chosen from a `LocalizedText`, and the language it is really in.
public struct LocalizedValue: Sendable, Hashable, Codable {
    public var text: String
    /// The language of `text` ("" when untagged).
    public var language: String
    /// The language that was asked for, if any.
    public var requested: String?

    public init(text: String, language: String, requested: String? = nil) {
        self.text = text
        self.language = language
        self.requested = requested
    }

    /// True when the text is not in the language asked for.
    public var isFallback: Bool { requested.map { $0.lowercased() != language } ?? false }
}
