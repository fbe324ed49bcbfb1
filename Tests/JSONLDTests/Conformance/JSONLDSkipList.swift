/// Entries of the JSON-LD API suite that are not run, each with its reason.
enum JSONLDSkipList {
    /// Individually skipped entries ("manifest#id" → reason).
    static let entries: [String: String] = [
        "toRdf#te075": "expected output is generalized RDF (a blank node predicate), which the N-Quads parser rightly rejects",
        "remote-doc#t0013": "the context link points at an HTML document (HTML script extraction is not supported)",
    ]

    static func reason(for entry: JSONLDTestEntry) -> String? {
        if let r = entries[entry.key] { return r }
        if entry.optionString("specVersion") == "json-ld-1.0" { return "json-ld-1.0-only test (this processor implements 1.1)" }
        if entry.input.hasSuffix(".html") { return "HTML-embedded JSON-LD is not supported" }
        return nil
    }
}
