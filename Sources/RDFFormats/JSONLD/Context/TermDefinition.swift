/// A term definition of an active context (JSON-LD 1.1 API, section 4.1).
struct TermDefinition: Equatable {
    /// The IRI mapping (nil when the term is mapped to null).
    var iri: String?
    var prefix = false
    var protected = false
    var reverse = false
    var baseURL: String?
    /// The scoped context: nil when absent, `.null` when explicitly null.
    var context: JSONValue?
    var container: [String] = []
    /// Direction mapping: nil when absent, `.null` when explicitly null, else "ltr"/"rtl".
    var direction: JSONValue?
    var index: String?
    /// Language mapping: nil when absent, `.null` when explicitly null.
    var language: JSONValue?
    var nest: String?
    var type: String?

    init(iri: String?) { self.iri = iri }

    func hasContainer(_ c: String) -> Bool { container.contains(c) }

    /// Equality ignoring the protected flag (for protected term redefinition checks).
    func sameDefinition(as other: TermDefinition) -> Bool {
        var a = self, b = other
        a.protected = false; b.protected = false
        a.baseURL = nil; b.baseURL = nil
        return a == b
    }
}
