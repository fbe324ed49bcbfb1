extension JSONLDDocumentLoader {
    /// The IRI under which Lodestat publishes its JSON-LD context (`Ontologies/context.jsonld`).
    public static let projectContextIRI = "https://lodestat.example.org/context.jsonld"

    /// A loader that knows the project's own context, read from the `Ontologies` folder,
    /// plus any further IRI → file mappings.
    public static func project(ontologiesDirectory: String, extraFiles: [String: String] = [:]) -> JSONLDDocumentLoader {
        let dir = ontologiesDirectory.hasSuffix("/") ? String(ontologiesDirectory.dropLast()) : ontologiesDirectory
        var files = extraFiles
        files[projectContextIRI] = dir + "/context.jsonld"
        return JSONLDDocumentLoader(files: files)
    }
}
