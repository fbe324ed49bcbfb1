import Catalog
import Foundation
import Testing

/// A quality report its metadata structure refuses stops the load, naming the file and line.
@Suite struct QualityReportCheckTests {
    static let structure = Fixtures.prefixes + """
        @prefix sdmx-mm: <http://www.w3.org/ns/sdmx-mm#> .
        @prefix lds: <https://lodestat.example.org/def/> .
        id:msd a sdmx-mm:MetadataStructureDefinition ; skos:notation "MSD" ;
            sdmx-mm:metadataAttributeProperty id:S.1 , id:S.3 , id:S.3.1 , id:S.2.3 .
        id:S.1 a sdmx-mm:MetadataAttributeProperty ; skos:notation "S_1" ; lds:representation lds:OrganisationRepresentation .
        id:S.3 a sdmx-mm:MetadataAttributeProperty ; skos:notation "S_3" ; lds:representation lds:HeadingRepresentation .
        id:S.3.1 a sdmx-mm:MetadataAttributeProperty ; skos:notation "S_3_1" ; sdmx-mm:parent id:S.3 ;
            lds:representation lds:RichTextRepresentation .
        id:S.2.3 a sdmx-mm:MetadataAttributeProperty ; skos:notation "S_2_3" ; lds:representation lds:DateRepresentation .

        """

    static func report(_ body: String) -> String {
        Fixtures.prefixes + """
            @prefix sdmx-mm: <http://www.w3.org/ns/sdmx-mm#> .
            <http://localhost:8080/id/quality-report/r> a sdmx-mm:MetadataReport ;
                sdmx-mm:metadataStructureDefinition id:msd ;
                rdfs:label "R"@en ;
            \(body) .

            """
    }

    func load(_ report: String) throws -> CatalogDataset {
        let cat = try Fixtures.folder(["msd.ttl": Self.structure, "reports/r.ttl": report])
        return try CatalogLoader(location: CatalogLocation(catalog: cat, ontologies: try Fixtures.folder([:]))).load()
    }

    func refusal(_ report: String) throws -> (file: String, line: Int, message: String)? {
        do {
            _ = try load(report)
            return nil
        } catch CatalogError.invalidReport(let file, let line, let message) {
            return (file, line, message)
        }
    }

    @Test func aWellFormedReportLoads() throws {
        let data = try load(Self.report("""
                id:S.1 id:insee ;
                id:S.2.3 "2025-01-01"^^xsd:date ;
                id:S.3.1 "<p>Un <em>texte</em> &amp; des <a href=\\"https://insee.fr\\">liens</a>.</p>"@fr , "<ul><li>One</li></ul>"@en
            """))
        let report = try #require(CatalogViews(data).get(QualityReportView.self, id: "r"))
        #expect(report.attributes.map(\.id) == ["S_1", "S_2_3", "S_3_1"])
        #expect(report.attributes[2].parent == "S_3")
    }

    @Test func anAttributeOutsideTheStructureIsRefusedWithFileAndLine() throws {
        let refused = try #require(try refusal(Self.report("""
                id:S.1 id:insee ;
                id:S.99 "<p>?</p>"@en
            """)))
        #expect(refused.file.hasSuffix("/reports/r.ttl"))
        #expect(refused.line == 13)
        #expect(refused.message.contains("<http://localhost:8080/id/S.99> is not an attribute of its metadata structure"))
        #expect(CatalogError.invalidReport(file: refused.file, line: refused.line, message: refused.message)
            .description.hasPrefix(refused.file + ":13: "))
    }

    @Test func badValuesAreRefused() throws {
        let heading = try #require(try refusal(Self.report("    id:S.3 \"<p>x</p>\"@en")))
        #expect(heading.message.contains("a heading carries no value"))
        let date = try #require(try refusal(Self.report("    id:S.2.3 \"yesterday\"")))
        #expect(date.message.contains("xsd:date"))
        let html = try #require(try refusal(Self.report("    id:S.3.1 \"<p>unclosed\"@en")))
        #expect(html.message.contains("<p> is not closed"))
        let script = try #require(try refusal(Self.report("    id:S.3.1 \"<script>x</script>\"@en")))
        #expect(script.message.contains("<script> is not allowed"))
        let structure = try #require(try refusal(Fixtures.prefixes + """
            @prefix sdmx-mm: <http://www.w3.org/ns/sdmx-mm#> .
            <http://localhost:8080/id/quality-report/r> a sdmx-mm:MetadataReport ;
                sdmx-mm:metadataStructureDefinition id:nothing .
            """))
        #expect(structure.message.contains("no metadata structure"))
        #expect(structure.line == 10)
    }

    /// RMéS stores a rich-text value as a `dcmitype:Text` node per language, its XHTML in
    /// `insee:html`, its language an IRI (`dcterms:language`); the view reads them as the literals.
    @Test func rmesRichTextNodesAreReadWithTheirLanguage() throws {
        let data = try load(Self.report("""
                id:S.3.1 <http://localhost:8080/id/quality-report/r/S.3.1/fr> , [
                    a <http://purl.org/dc/dcmitype/Text> ;
                    <http://purl.org/dc/terms/language> <http://id.insee.fr/codes/langue/en> ;
                    <http://rdf.insee.fr/def/base#html> "<p>The <em>text</em>.</p>" ] .
            <http://localhost:8080/id/quality-report/r/S.3.1/fr> a <http://purl.org/dc/dcmitype/Text> ;
                <http://purl.org/dc/terms/language> <http://id.insee.fr/codes/langue/fr> ;
                <http://rdf.insee.fr/def/base#html> "<p>Le <em>texte</em>.</p>"
            """))
        let report = try #require(CatalogViews(data).get(QualityReportView.self, id: "r"))
        let texts = try #require(report.attributes.first { $0.id == "S_3_1" }?.texts)
        #expect(texts.values == ["fr": "<p>Le <em>texte</em>.</p>", "en": "<p>The <em>text</em>.</p>"])
        #expect(report.attributes.map(\.id) == ["S_3_1"])
    }

    @Test func rmesRichTextNodesAreChecked() throws {
        let unclosed = try #require(try refusal(Self.report("""
                id:S.3.1 [ a <http://purl.org/dc/dcmitype/Text> ; <http://purl.org/dc/terms/language> <http://id.insee.fr/codes/langue/fr> ;
                    <http://rdf.insee.fr/def/base#html> "<p>ouvert" ]
            """)))
        #expect(unclosed.message.contains("attribute S_3_1: rich text is not a well-formed XHTML fragment"))
        #expect(unclosed.file.hasSuffix("/reports/r.ttl"))
        let empty = try #require(try refusal(Self.report("""
                id:S.3.1 [ a <http://purl.org/dc/dcmitype/Text> ; <http://purl.org/dc/terms/language> <http://id.insee.fr/codes/langue/fr> ]
            """)))
        #expect(empty.message.contains("needs its XHTML in insee:html"))
        let untyped = try #require(try refusal(Self.report("    id:S.3.1 <http://localhost:8080/id/elsewhere>")))
        #expect(untyped.message.contains("the value must be rich text"))
    }

    @Test func rmesLanguageTags() {
        #expect(RichTextNode.language(.iri("http://id.insee.fr/codes/langue/fr")) == "fr")
        #expect(RichTextNode.language(.iri("http://lexvo.org/id/iso639-1/en")) == "en")
        #expect(RichTextNode.language(.string("fr-CA")) == "fr-ca")
        #expect(RichTextNode.language(.iri("http://id.insee.fr/codes/langue/")) == nil)
        #expect(RichTextNode.language(.iri("http://example.org/language/french")) == nil)
        #expect(RichTextNode.language(.string("")) == nil)
    }

    @Test func aRefusedReportKeepsThePreviousCatalogOnReload() throws {
        let cat = try Fixtures.folder(["msd.ttl": Self.structure, "r.ttl": Self.report("    id:S.1 id:insee")])
        let live = try LiveCatalog(loader: CatalogLoader(location: CatalogLocation(catalog: cat, ontologies: try Fixtures.folder([:]))))
        try Self.report("    id:S.42 id:insee").write(toFile: cat + "/r.ttl", atomically: true, encoding: .utf8)
        #expect(throws: CatalogError.self) { try live.reload() }
        #expect(CatalogViews(live.dataset).get(QualityReportView.self, id: "r")?.attributes.map(\.id) == ["S_1"])
    }

    @Test func xhtmlFragments() {
        #expect(XHTMLFragment.problem("plain text") == nil)
        #expect(XHTMLFragment.problem("<p>a<br/>b &#233; &#xE9; &lt;</p>") == nil)
        #expect(XHTMLFragment.problem("<p>a & b</p>") != nil)
        #expect(XHTMLFragment.problem("<p><em>x</p></em>") != nil)
        #expect(XHTMLFragment.problem("<a onclick=\"x\">y</a>") != nil)
        #expect(XHTMLFragment.problem("<!DOCTYPE x>") != nil)
        #expect(XHTMLFragment.problem("a > b") != nil)
    }
}
