/// Picks the label language from `?lang=` or `Accept-Language` (RFC 4647 basic filtering).
public enum LanguageNegotiation {
    /// The languages labels come in, in the order used when the client says nothing.
    public static let supported = ["en", "fr"]

    /// `lang` (from `?lang=`) wins when it names a supported language; else the supported language
    /// with the highest `Accept-Language` quality (`fr-FR` counts for `fr`, `*` for any);
    /// else the first supported one.
    public static func choose(acceptLanguage: String?, lang: String? = nil,
                              supported: [String] = LanguageNegotiation.supported) -> String {
        if let lang, let primary = lang.lowercased().split(separator: "-").first.map(String.init),
           supported.contains(primary) { return primary }
        guard let header = acceptLanguage, let fallback = supported.first else { return supported.first ?? "en" }
        var best: (lang: String, q: Double)?
        for part in header.split(separator: ",") {
            let fields = part.split(separator: ";")
            guard let tag = fields.first?.trimmingCharacters(in: " \t").lowercased(), !tag.isEmpty else { continue }
            var q = 1.0
            for f in fields.dropFirst() {
                let kv = f.trimmingCharacters(in: " \t").split(separator: "=", maxSplits: 1)
                if kv.count == 2, kv[0] == "q" { q = min(max(Double(kv[1]) ?? 0, 0), 1) }
            }
            guard q > 0 else { continue }
            let candidate: String?
            if tag == "*" { candidate = fallback }
            else { candidate = supported.first { tag == $0 || tag.hasPrefix($0 + "-") } }
            if let c = candidate, q > (best?.q ?? 0) { best = (c, q) }
        }
        return best?.lang ?? fallback
    }
}
