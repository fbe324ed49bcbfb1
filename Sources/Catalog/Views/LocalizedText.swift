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

    /// Encoded as a plain object `{"fr": "…", "en": "…"}`.
    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }

    /// Every text, for searching.
    public var allTexts: [String] { values.keys.sorted().compactMap { values[$0] } }
}
