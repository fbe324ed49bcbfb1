import RDFFormats

/// An RFC 9457 problem document: `type`, `title`, `status`, `detail`, plus extension members.
public struct Problem: Sendable, Equatable {
    /// The namespace of Lodestat's problem types.
    public static let typeBase = "https://lodestat.example.org/problems/"

    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    public var extensions: [String: JSONValue]

    public init(slug: String, title: String, status: Int, detail: String, extensions: [String: JSONValue] = [:]) {
        self.type = Problem.typeBase + slug
        self.title = title
        self.status = status
        self.detail = detail
        self.extensions = extensions
    }

    /// The media type of problem documents.
    public static let mediaType = "application/problem+json"

    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("type", .string(type)), ("title", .string(title)), ("status", .int(status)), ("detail", .string(detail)),
        ]
        for (k, v) in extensions.sorted(by: { $0.key < $1.key }) { members.append((k, v)) }
        return .object(JSONObject(members))
    }

    /// The document as compact JSON with sorted keys.
    public var body: String { JSONWriter.write(json, options: .init(pretty: false, sortKeys: true)) }
}
