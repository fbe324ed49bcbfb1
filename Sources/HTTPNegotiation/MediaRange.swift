/// One element of an `Accept` header: `type/subtype;param=value;q=0.8`.
public struct MediaRange: Sendable, Equatable {
    public var type: String
    public var subtype: String
    /// Parameters other than `q`, names lower-cased.
    public var parameters: [String: String]
    public var quality: Double

    /// How specific the range is: `*/*` 0, `type/*` 1, `type/subtype` 2, with parameters 3.
    public var specificity: Int {
        if type == "*" { return 0 }
        if subtype == "*" { return 1 }
        return parameters.isEmpty ? 2 : 3
    }

    /// Parses one media range or media type; nil when it has no `/`.
    public init?(_ text: Substring) {
        let parts = text.split(separator: ";")
        guard let head = parts.first else { return nil }
        let kind = head.trimmingCharacters(in: " \t").lowercased().split(separator: "/", omittingEmptySubsequences: false)
        guard kind.count == 2, !kind[0].isEmpty, !kind[1].isEmpty else { return nil }
        type = String(kind[0])
        subtype = String(kind[1])
        if type == "*" && subtype != "*" { return nil }
        parameters = [:]
        quality = 1
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1)
            guard kv.count == 2 else { continue }
            let name = kv[0].trimmingCharacters(in: " \t").lowercased()
            var value = kv[1].trimmingCharacters(in: " \t")
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            if name == "q" {
                quality = min(max(Double(value) ?? 0, 0), 1)
            } else {
                parameters[name] = value
            }
        }
    }

    /// Parses a whole `Accept` header; malformed elements are ignored.
    public static func parseAccept(_ header: String) -> [MediaRange] {
        header.split(separator: ",").compactMap { MediaRange($0) }
    }

    /// `parseAccept`, remembered for the last few hundred distinct headers (clients send the same
    /// few `Accept` headers again and again; parsing one costs more than the rest of negotiation).
    public static func parseAcceptRemembered(_ header: String) -> [MediaRange] {
        if let known = acceptCache.get(header) { return known }
        let parsed = parseAccept(header)
        if header.utf8.count <= 512 { acceptCache.put(header, parsed) }
        return parsed
    }

    private static let acceptCache = BoundedCache<[MediaRange]>(capacity: 256)

    /// True when this range covers the media type `offer` (a parsed media type with its parameters).
    /// `charset` is ignored; other parameters of the range must appear in the offer with the same value.
    public func covers(_ offer: MediaRange) -> Bool {
        if type != "*" && type != offer.type { return false }
        if subtype != "*" && subtype != offer.subtype { return false }
        for (name, value) in parameters where name != "charset" {
            guard let v = offer.parameters[name], v.lowercased() == value.lowercased() else { return false }
        }
        return true
    }
}
