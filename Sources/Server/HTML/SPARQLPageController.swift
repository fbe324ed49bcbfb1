import Catalog
import Hummingbird
import RDF

/// `GET /query`: the SPARQL page. An editor (a textarea `sparql.js` highlights) prefilled with the
/// common prefixes, example queries over the catalog, and a results area; `sparql.js` runs the
/// query against `/sparql` and shows a table, download links and errors at their line and column.
/// Without scripts the form is submitted to `/sparql` itself.
struct SPARQLPageController<Repository: LinkedDataRepository> {
    let repository: Repository
    let cacheControl: String

    /// The prefixes written at the top of the editor and of every example.
    static var prefixes: [(String, String)] {
        [("rdf", RDFVocabulary.namespace), ("rdfs", RDFS.namespace), ("xsd", XSD.namespace), ("skos", SKOS.namespace),
         ("xkos", XKOS.namespace), ("dct", DCTERMS.namespace), ("dcat", DCAT.namespace), ("qb", QB.namespace),
         ("schema", SchemaOrg.namespace), ("org", ORG.namespace), ("lds", LDS.namespace)]
    }

    static var prologue: String { prefixes.map { "PREFIX \($0.0): <\($0.1)>" }.joined(separator: "\n") + "\n\n" }

    /// (English title, French title, query body) of the examples.
    static func examples(base: String, language: String) -> [(en: String, fr: String, query: String)] {
        [("Dataflows and their titles", "Flux de données et leurs titres",
          "SELECT ?dataflow ?title WHERE {\n  ?dataflow a lds:Dataflow ;\n            dct:title ?title .\n  FILTER(lang(?title) = \"\(language)\")\n}\nORDER BY ?title"),
         ("Classifications by number of items", "Nomenclatures par nombre de postes",
          "SELECT ?classification (COUNT(?item) AS ?items) WHERE {\n  ?item skos:inScheme ?classification .\n}\nGROUP BY ?classification\nORDER BY DESC(?items)"),
         ("Top level of NACE Rev. 2", "Premier niveau de la NACE rév. 2",
          "SELECT ?item ?code ?label WHERE {\n  ?item skos:inScheme <\(base)id/classification/nace-r2> ;\n        skos:notation ?code ;\n        skos:prefLabel ?label .\n  FILTER NOT EXISTS { ?item skos:broader ?parent }\n  FILTER(lang(?label) = \"\(language)\")\n}\nORDER BY ?code"),
         ("Events by date", "Événements par date",
          "SELECT ?event ?name ?date WHERE {\n  ?event schema:name ?name ;\n         schema:startDate ?date .\n  FILTER(lang(?name) = \"\(language)\")\n}\nORDER BY DESC(?date)"),
         ("Description of a dataflow", "Description d’un flux",
          "DESCRIBE <\(base)id/dataflow/DF_CPI>")]
    }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/query", id: "sparqlPage", tag: "html",
                           summary: "SPARQL query editor with examples, results as a table and downloads",
                           parameters: [.init("query", in: .query, "A query to put in the editor"), .lang],
                           responses: [(200, "HTML page", ["text/html"])])) { request, _ in
            let given = HTMLAnswer.value(request, "query")?.nilIfEmpty
            return HTMLAnswer.respond(request, cacheControl: cacheControl) { language in
                page(query: given, language: language)
            }
        }
    }

    func page(query given: String?, language: String) -> String {
        let base = repository.baseIRI
        let examples = Self.examples(base: base, language: language)
        let text = given ?? (Self.prologue + (examples.first?.query ?? ""))
        var body = "<h1>" + HTML.say(language, "SPARQL query", "Requête SPARQL") + "</h1>\n"
        body += "<p>" + HTML.say(language, "Queries run against this server's endpoint, ", "Les requêtes sont exécutées par le point d’accès de ce serveur, ")
            + "<code>/sparql</code>.</p>\n"
        body += "<div class=\"examples\" role=\"group\" aria-label=\"" + HTML.say(language, "Examples", "Exemples") + "\">"
            + examples.map { "<button type=\"button\" class=\"secondary\" data-example=\"\(HTML.escape(Self.prologue + $0.query))\">\(HTML.escape(HTML.say(language, $0.en, $0.fr)))</button>" }.joined()
            + "</div>\n"
        body += "<form id=\"sparql-form\" method=\"get\" action=\"/sparql\" data-base=\"\(HTML.escape(base))\">"
            + "<label for=\"query\">" + HTML.say(language, "Query", "Requête") + "</label>"
            + "<div class=\"editor\"><textarea id=\"query\" name=\"query\" spellcheck=\"false\" autocapitalize=\"off\" rows=\"14\">"
            + HTML.escape(text) + "</textarea></div>"
            + "<p><button type=\"submit\">" + HTML.say(language, "Run", "Exécuter") + "</button> "
            + "<small>" + HTML.say(language, "Tab moves to the next control.", "Tab passe au contrôle suivant.") + "</small></p></form>\n"
        body += "<p id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n<p id=\"downloads\" class=\"downloads\"></p>\n"
        body += "<div id=\"results\" class=\"results\"></div>\n"
        return HTML.page(title: "SPARQL", language: language, path: "/query", query: given.map { [("query", $0)] } ?? [],
                         scripts: ["sparql.js"], body: body)
    }
}
