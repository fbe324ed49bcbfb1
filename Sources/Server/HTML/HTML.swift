import Catalog
import RDF

/// Escaping, query strings and the shared page frame of the server-rendered HTML. Styles and
/// scripts are files under `/assets/` (see `AssetsController`): pages carry no inline style or
/// script, so the Content-Security-Policy of `HTMLAnswer` can forbid both.
enum HTML {
    /// Escapes text for element content and attribute values.
    static func escape(_ s: String) -> String {
        MarkupEscaping.escape(s, .html)
    }

    /// Percent-encodes a query parameter value.
    static func queryEscape(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// `path?name=value&…` with every name and value percent-encoded (no `?` without parameters).
    static func url(_ path: String, _ parameters: [(String, String)]) -> String {
        parameters.isEmpty ? path
            : path + "?" + parameters.map { queryEscape($0.0) + "=" + queryEscape($0.1) }.joined(separator: "&")
    }

    /// French or English text, by the page language.
    static func say(_ language: String, _ en: String, _ fr: String) -> String { language == "fr" ? fr : en }

    /// A whole page: skip link, header with navigation, search and language switch, then `body`.
    /// `query` is the request's query without `lang` (kept by the language switch); `scripts` names
    /// files under `/assets/`.
    static func page(title: String, language: String, path: String, query: [(String, String)] = [],
                     scripts: [String] = [], body: String) -> String {
        let other = language == "fr" ? "en" : "fr"
        let search = say(language, "Search", "Rechercher")
        let switchURL = url(path, query.filter { $0.0 != "lang" } + [("lang", other)])
        let nav = [("/browse/classification", say(language, "Classifications", "Nomenclatures")),
                   ("/search", search), ("/query", "SPARQL"), ("/structures", "SDMX")]
            .map { "<a href=\"\($0.0)?lang=\(language)\">\(escape($0.1))</a>" }.joined(separator: "\n")
        let scriptTags = scripts.map { "<script src=\"/assets/\(escape($0))\" defer></script>" }.joined()
        return """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) — Lodestat</title>
        <link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/lodestat.css">\(scriptTags)</head>
        <body><a class="skip" href="#main">\(say(language, "Skip to content", "Aller au contenu"))</a>
        <header><a class="home" href="/?lang=\(language)">Lodestat</a>
        <nav aria-label="\(say(language, "Main", "Principale"))">\(nav)</nav>
        <form class="quick" action="/search" method="get" role="search"><input type="search" name="q" aria-label="\(search)" placeholder="\(search)">
        <input type="hidden" name="lang" value="\(escape(language))"><button type="submit">\(search)</button></form>
        <a class="lang" href="\(escape(switchURL))" hreflang="\(other)" lang="\(other)">\(other == "fr" ? "Français" : "English")</a></header>
        <main id="main">
        \(body)
        </main></body></html>
        """
    }

    /// A visible marker after a text shown in another language than the page's.
    static func fallbackMarker(_ value: LocalizedValue, language: String) -> String {
        // An untagged text (a code, a name) is in no language: nothing to mark.
        guard value.isFallback, !value.language.isEmpty else { return "" }
        let shown = value.language
        return " <span class=\"fallback\" title=\"\(say(language, "Not available in English; shown in", "Non disponible en français ; affiché en")) \(escape(shown))\">[\(escape(shown))]</span>"
    }

    /// Text in its own language: a `lang` attribute when it differs from the page's.
    static func text(_ text: String, language: String, pageLanguage: String) -> String {
        guard !language.isEmpty, language != pageLanguage else { return escape(text) }
        return "<span lang=\"\(escape(language))\">\(escape(text))</span>"
    }
}
