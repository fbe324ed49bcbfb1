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
