import RDF

/// Escaping and the shared page frame of the server-rendered HTML (no scripts).
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

    /// A whole page: header with search and language switch, then `body`.
    static func page(title: String, language: String, path: String, body: String) -> String {
        let other = language == "fr" ? "en" : "fr"
        let search = language == "fr" ? "Rechercher" : "Search"
        return """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) — Lodestat</title>
        <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}
        header{display:flex;gap:1rem;align-items:center;border-bottom:1px solid #ccc;padding-bottom:.5rem}
        header a.home{font-weight:bold;text-decoration:none;color:#134}table{border-collapse:collapse;width:100%}
        th,td{text-align:left;vertical-align:top;padding:.3rem;border-bottom:1px solid #eee}th{width:14rem;color:#555}
        code{font-size:.85em;color:#666}.lang{margin-left:auto}</style></head>
        <body><header><a class="home" href="/?lang=\(language)">Lodestat</a>
        <form action="/search" method="get"><input type="search" name="q" aria-label="\(search)" placeholder="\(search)">
        <input type="hidden" name="lang" value="\(escape(language))"><button type="submit">\(search)</button></form>
        <a class="lang" href="\(escape(path))?lang=\(other)" hreflang="\(other)">\(other.uppercased())</a></header>
        <main>
        \(body)
        </main></body></html>
        """
    }
}
