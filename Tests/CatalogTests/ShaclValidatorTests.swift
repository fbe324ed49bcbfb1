import Catalog
import Foundation
import RDFFormats
import Store
import RDF
import Testing

@Suite struct ShaclValidatorTests {
    static let ex = "http://example.org/"

    static let cases: [ShaclCase] = [
        ShaclCase(name: "minCount", shapes: "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 2 ] .",
                  good: "ex:a a ex:C ; ex:p 1, 2 .", bad: "ex:a a ex:C ; ex:p 1 .",
                  component: "MinCount", focus: "a", message: "at least 2 value(s) required, found 1"),
        ShaclCase(name: "maxCount with sh:message", shapes: """
                  ex:S a sh:NodeShape ; sh:targetClass ex:C ;
                      sh:property [ sh:path ex:p ; sh:maxCount 1 ; sh:message "une seule valeur"@fr, "one value only"@en ] .
                  """, good: "ex:a a ex:C ; ex:p 1 .", bad: "ex:a a ex:C ; ex:p 1, 2 .",
                  component: "MaxCount", focus: "a", message: "one value only"),
        ShaclCase(name: "datatype", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:datatype xsd:date ] .",
                  good: "ex:a ex:p \"2024-02-29\"^^xsd:date .", bad: "ex:a ex:p \"2024-02-29\" .",
                  component: "Datatype", focus: "a", message: "does not have datatype xsd:date", value: .string("2024-02-29")),
        ShaclCase(name: "datatype: ill-typed literal", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:datatype xsd:positiveInteger ] .",
                  good: "ex:a ex:p \"4\"^^xsd:positiveInteger .", bad: "ex:a ex:p \"0\"^^xsd:positiveInteger .",
                  component: "Datatype", focus: "a", message: "xsd:positiveInteger", value: .typed("0", XSD.positiveInteger)),
        ShaclCase(name: "datatype: langString", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:datatype rdf:langString ] .",
                  good: "ex:a ex:p \"x\"@fr .", bad: "ex:a ex:p \"x\" .",
                  component: "Datatype", focus: "a", message: "rdf:langString"),
        ShaclCase(name: "class with rdfs:subClassOf", shapes: "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:class ex:D ] .",
                  good: "ex:a a ex:C ; ex:p ex:b . ex:b a ex:E . ex:E rdfs:subClassOf ex:D .",
                  bad: "ex:a a ex:C ; ex:p ex:b . ex:b a ex:F .",
                  component: "Class", focus: "a", message: "not an instance of <http://example.org/D>", value: .iri(ex + "b")),
        ShaclCase(name: "targetClass reaches subclass instances", shapes: "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
                  good: "ex:a a ex:Sub ; ex:p 1 . ex:Sub rdfs:subClassOf ex:C .", bad: "ex:a a ex:Sub . ex:Sub rdfs:subClassOf ex:C .",
                  component: "MinCount", focus: "a", message: "at least 1"),
        ShaclCase(name: "implicit class target", shapes: "ex:C a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
                  good: "ex:a a ex:C ; ex:p 1 .", bad: "ex:a a ex:C .",
                  component: "MinCount", focus: "a", message: "at least 1"),
        ShaclCase(name: "targetSubjectsOf", shapes: "ex:S sh:targetSubjectsOf ex:q ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
                  good: "ex:a ex:q 1 ; ex:p 2 .", bad: "ex:a ex:q 1 .",
                  component: "MinCount", focus: "a", message: "at least 1"),
        ShaclCase(name: "targetObjectsOf and nodeKind", shapes: "ex:S sh:targetObjectsOf ex:q ; sh:nodeKind sh:IRI .",
                  good: "ex:z ex:q ex:a .", bad: "ex:z ex:q _:b . ex:z ex:r ex:a .",
                  component: "NodeKind", focus: "", message: "node kind sh:IRI"),
        ShaclCase(name: "targetNode absent from the data", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
                  good: "ex:a ex:p 1 .", bad: "ex:other ex:p 1 .",
                  component: "MinCount", focus: "a", message: "at least 1"),
        ShaclCase(name: "inverse path", shapes: "ex:S sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:has ] ; sh:minCount 1 ] .",
                  good: "ex:a a ex:C . ex:z ex:has ex:a .", bad: "ex:a a ex:C . ex:a ex:has ex:z .",
                  component: "MinCount", focus: "a", message: "at least 1"),
        ShaclCase(name: "sequence path", shapes: "ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ; sh:hasValue ex:end ] .",
                  good: "ex:a a ex:C ; ex:p ex:m . ex:m ex:q ex:end .", bad: "ex:a a ex:C ; ex:p ex:m . ex:m ex:q ex:other .",
                  component: "HasValue", focus: "a", message: "the value <http://example.org/end> is required"),
        ShaclCase(name: "alternative path", shapes: "ex:S sh:targetClass ex:C ; sh:property [ sh:path [ sh:alternativePath ( ex:p ex:q ) ] ; sh:minCount 2 ] .",
                  good: "ex:a a ex:C ; ex:p 1 ; ex:q 2 .", bad: "ex:a a ex:C ; ex:p 1 ; ex:r 2 .",
                  component: "MinCount", focus: "a", message: "found 1"),
        ShaclCase(name: "zeroOrMore path over a list", shapes: """
                  ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:items [ sh:zeroOrMorePath rdf:rest ] rdf:first ) ; sh:class ex:Item ] .
                  """, good: "ex:a a ex:C ; ex:items ( ex:i ex:j ) . ex:i a ex:Item . ex:j a ex:Item .",
                  bad: "ex:a a ex:C ; ex:items ( ex:i ex:j ) . ex:i a ex:Item .",
                  component: "Class", focus: "a", message: "not an instance", value: .iri(ex + "j")),
        ShaclCase(name: "oneOrMore path", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path [ sh:oneOrMorePath ex:next ] ; sh:maxCount 2 ] .",
                  good: "ex:a ex:next ex:b . ex:b ex:next ex:c .", bad: "ex:a ex:next ex:b . ex:b ex:next ex:c . ex:c ex:next ex:d .",
                  component: "MaxCount", focus: "a", message: "found 3"),
        ShaclCase(name: "zeroOrOne path", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path [ sh:zeroOrOnePath ex:next ] ; sh:maxCount 2 ] .",
                  good: "ex:a ex:next ex:b . ex:b ex:next ex:c .", bad: "ex:a ex:next ex:b, ex:c .",
                  component: "MaxCount", focus: "a", message: "found 3"),
        ShaclCase(name: "in", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:in ( \"INTERN\" ex:x ) ] .",
                  good: "ex:a ex:p \"INTERN\", ex:x .", bad: "ex:a ex:p \"intern\" .",
                  component: "In", focus: "a", message: "not one of the allowed values", value: .string("intern")),
        ShaclCase(name: "pattern on the focus node", shapes: "ex:S sh:targetClass ex:C ; sh:pattern \"^http://example.org/[a-z]+$\" .",
                  good: "ex:abc a ex:C .", bad: "ex:Abc a ex:C .",
                  component: "Pattern", focus: "Abc", message: "does not match the pattern", value: .iri(ex + "Abc")),
        ShaclCase(name: "pattern with flags", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern \"^abc$\" ; sh:flags \"i\" ] .",
                  good: "ex:a ex:p \"ABC\" .", bad: "ex:a ex:p \"abcd\" .",
                  component: "Pattern", focus: "a", message: "\"^abc$\"", value: .string("abcd")),
        ShaclCase(name: "languageIn", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:languageIn ( \"fr\" \"en\" ) ] .",
                  good: "ex:a ex:p \"x\"@fr, \"y\"@en-GB .", bad: "ex:a ex:p \"x\"@de .",
                  component: "LanguageIn", focus: "a", message: "not one of fr, en", value: .langString("x", "de")),
        ShaclCase(name: "uniqueLang", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:uniqueLang true ] .",
                  good: "ex:a ex:p \"x\"@fr, \"y\"@en .", bad: "ex:a ex:p \"x\"@fr, \"y\"@FR .",
                  component: "UniqueLang", focus: "a", message: "more than one value in language \"fr\""),
        ShaclCase(name: "hasValue", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:hasValue ex:v ] .",
                  good: "ex:a ex:p ex:v, ex:w .", bad: "ex:a ex:p ex:w .",
                  component: "HasValue", focus: "a", message: "is required"),
        ShaclCase(name: "node", shapes: """
                  ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:node ex:T ] .
                  ex:T sh:property [ sh:path ex:q ; sh:minCount 1 ] .
                  """, good: "ex:a ex:p ex:b . ex:b ex:q 1 .", bad: "ex:a ex:p ex:b .",
                  component: "Node", focus: "a", message: "does not conform to shape <http://example.org/T>", value: .iri(ex + "b")),
        ShaclCase(name: "property of a property shape reports the nested focus", shapes: """
                  ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:property [ sh:path ex:q ; sh:minCount 1 ] ] .
                  """, good: "ex:a ex:p ex:b . ex:b ex:q 1 .", bad: "ex:a ex:p ex:b .",
                  component: "MinCount", focus: "b", message: "at least 1"),
        ShaclCase(name: "and", shapes: "ex:S sh:targetNode ex:a ; sh:and ( [ sh:class ex:C ] [ sh:class ex:D ] ) .",
                  good: "ex:a a ex:C, ex:D .", bad: "ex:a a ex:C .",
                  component: "And", focus: "a", message: "every shape of sh:and"),
        ShaclCase(name: "or", shapes: """
                  ex:S sh:targetNode ex:a ; sh:or ( [ sh:path ex:p ; sh:minCount 1 ] [ sh:path ex:q ; sh:minCount 1 ] ) ;
                      sh:message "needs ex:p or ex:q" .
                  """, good: "ex:a ex:q 1 .", bad: "ex:a ex:r 1 .",
                  component: "Or", focus: "a", message: "needs ex:p or ex:q"),
        ShaclCase(name: "not", shapes: "ex:S sh:targetNode ex:a ; sh:not [ sh:class ex:Forbidden ] .",
                  good: "ex:a a ex:C .", bad: "ex:a a ex:Forbidden .",
                  component: "Not", focus: "a", message: "which is forbidden"),
        ShaclCase(name: "xone", shapes: "ex:S sh:targetNode ex:a ; sh:xone ( [ sh:class ex:C ] [ sh:class ex:D ] ) .",
                  good: "ex:a a ex:C .", bad: "ex:a a ex:C, ex:D .",
                  component: "Xone", focus: "a", message: "conforms to 2 shapes"),
        ShaclCase(name: "qualifiedMinCount", shapes: """
                  ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:hasValue ex:t ] ; sh:qualifiedMinCount 1 ] .
                  """, good: "ex:a ex:p ex:x, ex:t .", bad: "ex:a ex:p ex:x .",
                  component: "QualifiedMinCount", focus: "a", message: "at least 1 value(s) conforming"),
        ShaclCase(name: "qualifiedMaxCount", shapes: """
                  ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:C ] ; sh:qualifiedMaxCount 1 ] .
                  """, good: "ex:a ex:p ex:x, ex:y . ex:x a ex:C .", bad: "ex:a ex:p ex:x, ex:y . ex:x a ex:C . ex:y a ex:C .",
                  component: "QualifiedMaxCount", focus: "a", message: "at most 1 value(s) conforming"),
        ShaclCase(name: "minLength", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minLength 3 ] .",
                  good: "ex:a ex:p \"été\" .", bad: "ex:a ex:p \"ét\" .",
                  component: "MinLength", focus: "a", message: "shorter than 3"),
        ShaclCase(name: "maxLength", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:maxLength 2 ] .",
                  good: "ex:a ex:p \"ab\" .", bad: "ex:a ex:p \"abc\" .",
                  component: "MaxLength", focus: "a", message: "longer than 2"),
        ShaclCase(name: "minInclusive", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minInclusive 1 ] .",
                  good: "ex:a ex:p 1, 2.5 .", bad: "ex:a ex:p 0.5 .",
                  component: "MinInclusive", focus: "a", message: "not >= "),
        ShaclCase(name: "maxExclusive on dates", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:maxExclusive \"2025-01-01\"^^xsd:date ] .",
                  good: "ex:a ex:p \"2024-12-31\"^^xsd:date .", bad: "ex:a ex:p \"2025-01-01\"^^xsd:date .",
                  component: "MaxExclusive", focus: "a", message: "not < "),
        ShaclCase(name: "closed", shapes: "ex:S sh:targetNode ex:a ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ; sh:property [ sh:path ex:p ] .",
                  good: "ex:a a ex:C ; ex:p 1 .", bad: "ex:a ex:p 1 ; ex:q 2 .",
                  component: "Closed", focus: "a", message: "not allowed (closed shape)", value: .typed("2", XSD.integer)),
        ShaclCase(name: "equals", shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:equals ex:q ] .",
                  good: "ex:a ex:p 1 ; ex:q 1 .", bad: "ex:a ex:p 1 .",
                  component: "Equals", focus: "a", message: "value is not a value of <http://example.org/q>", value: .typed("1", XSD.integer)),
        ShaclCase(name: "severity warning", shapes: "ex:S sh:targetNode ex:a ; sh:severity sh:Warning ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:severity sh:Warning ] .",
                  good: "ex:a ex:p 1 .", bad: "ex:a ex:q 1 .",
                  component: "MinCount", focus: "a", message: "at least 1", severity: .warning),
    ]

    @Test(arguments: cases)
    func goodDataConformsAndBadDataFailsWithTheRightResult(_ c: ShaclCase) throws {
        let good = try ShaclCase.validate(shapes: c.shapes, data: c.good)
        #expect(good.conforms, "unexpected: \(good.results.map(\.message))")
        let bad = try ShaclCase.validate(shapes: c.shapes, data: c.bad)
        try #require(bad.results.count == 1, "results: \(bad.results.map { "\($0.componentName): \($0.message)" })")
        let r = bad.results[0]
        #expect(r.componentName == c.component)
        #expect(r.message.contains(c.message), "message: \(r.message)")
        #expect(r.severity == c.severity)
        #expect(bad.hasViolations == (c.severity == .violation))
        if !c.focus.isEmpty { #expect(r.focusNode == .iri(Self.ex + c.focus)) }
        if let v = c.value { #expect(r.value == v) }
    }

    @Test func qualifiedValueShapesDisjointExcludesSiblingMatches() throws {
        let shapes = """
            ex:S sh:targetNode ex:hand ;
                sh:property [ sh:path ex:digit ; sh:qualifiedValueShape [ sh:class ex:Thumb ] ; sh:qualifiedMinCount 1 ;
                              sh:qualifiedValueShapesDisjoint true ] ;
                sh:property [ sh:path ex:digit ; sh:qualifiedValueShape [ sh:class ex:Finger ] ; sh:qualifiedMinCount 1 ;
                              sh:qualifiedValueShapesDisjoint true ] .
            """
        #expect(try ShaclCase.validate(shapes: shapes, data: "ex:hand ex:digit ex:t, ex:f . ex:t a ex:Thumb . ex:f a ex:Finger .").conforms)
        // One digit that is both thumb and finger counts for neither.
        let report = try ShaclCase.validate(shapes: shapes, data: "ex:hand ex:digit ex:x . ex:x a ex:Thumb, ex:Finger .")
        #expect(report.results.map(\.componentName) == ["QualifiedMinCount", "QualifiedMinCount"])
    }

    @Test func reportFormats() throws {
        let shapes = "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message \"ex:p is required\" ] ."
        let report = try ShaclCase.validate(shapes: shapes, data: "ex:a ex:q 1 .")
        let validator = try ShaclValidator(shapesGraph: {
            var b = StoreBuilder()
            try b.load(ByteSource(string: Fixtures.prefixes + shapes), format: .turtle)
            return GraphView(b.build())
        }())
        let formatter = ValidationReportFormatter(prefixes: PrefixMap([PrefixDeclaration("ex", Self.ex)]), shapes: validator.shapes)
        let text = formatter.text(report)
        #expect(text.contains("Violation: ex:a"))
        #expect(text.contains("path:       ex:p"))
        #expect(text.contains("constraint: MinCount (shape ex:S / ex:p)"))
        #expect(text.contains("message:    ex:p is required"))
        #expect(text.contains("Does not conform: 1 violation(s)"))
        let json = try formatter.json(report)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["conforms"] as? Bool == false)
        let results = object?["results"] as? [[String: Any]]
        #expect(results?.first?["sourceConstraintComponent"] as? String == SH.component("MinCount"))
        #expect(results?.first?["focusNode"] as? String == "<http://example.org/a>")
    }

    @Test func resultPathIsTheShapesPath() throws {
        let report = try ShaclCase.validate(
            shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ( ex:p [ sh:inversePath ex:q ] ) ; sh:minCount 1 ] .",
            data: "ex:a ex:p ex:b .")
        #expect(report.results.first?.resultPath == .sequence([.predicate(Self.ex + "p"), .inverse(.predicate(Self.ex + "q"))]))
        #expect(report.results.first?.resultPath?.sparql() == "<http://example.org/p>/^<http://example.org/q>")
    }

    @Test func deactivatedShapesAreIgnored() throws {
        let shapes = "ex:S sh:targetNode ex:a ; sh:deactivated true ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ."
        #expect(try ShaclCase.validate(shapes: shapes, data: "ex:a ex:q 1 .").conforms)
        let nested = """
            ex:S sh:targetNode ex:a ; sh:node ex:T . ex:T sh:deactivated true ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .
            """
        #expect(try ShaclCase.validate(shapes: nested, data: "ex:a ex:q 1 .").conforms)
    }

    @Test func invalidShapesAreReported() throws {
        #expect(throws: CatalogError.self) {
            try ShaclCase.validate(shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern \"(\" ] .", data: "")
        }
        #expect(throws: CatalogError.self) {
            try ShaclCase.validate(shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path [ ex:odd 1 ] ; sh:minCount 1 ] .", data: "")
        }
    }

    @Test func illTypedLexicalForms() {
        let valid: [(String, String)] = [("2024-02-29", XSD.date), ("--12-25", XSD.gMonthDay), ("--05", XSD.gMonth),
                                         ("P6M", XSD.duration), ("PT1.5S", XSD.duration), ("2020", XSD.gYear),
                                         ("2021-03", XSD.gYearMonth), ("2024-01-01T10:00:00Z", XSD.dateTime),
                                         ("-1.5e3", XSD.double), ("007", XSD.positiveInteger), ("true", XSD.boolean)]
        let invalid: [(String, String)] = [("2023-02-29", XSD.date), ("--13-01", XSD.gMonthDay), ("P", XSD.duration),
                                           ("PT", XSD.duration), ("P1S", XSD.duration), ("20", XSD.gYear), ("0", XSD.positiveInteger),
                                           ("-1", XSD.nonNegativeInteger), ("1.5", XSD.integer), ("yes", XSD.boolean),
                                           ("256", XSD.unsignedByte), ("2024-01-01", XSD.dateTime)]
        for (lex, dt) in valid {
            let report = try? ShaclCase.validate(shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:datatype <\(dt)> ] .",
                                                 data: "ex:a ex:p \"\(lex)\"^^<\(dt)> .")
            #expect(report?.conforms == true, "\(lex) should be a valid \(dt)")
        }
        for (lex, dt) in invalid {
            let report = try? ShaclCase.validate(shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:datatype <\(dt)> ] .",
                                                 data: "ex:a ex:p \"\(lex)\"^^<\(dt)> .")
            #expect(report?.conforms == false, "\(lex) should not be a valid \(dt)")
        }
    }
}
