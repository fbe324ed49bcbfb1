/// The reader's state machine: a stack of element names and the artefact, item and component
/// under construction. Elements are recognised by local name and parent, which covers both
/// SDMX-ML 2.1 (`<Ref>`/`<URN>` references) and 3.0 (URN text references).
final class StructureMessageBuilder {
    let file: String
    var position = (line: 1, column: 1)
    var text = ""
    var path: [String] = []
    var version: SDMXMLVersion?
    var ignored: [String] = []
    var header = MessageHeader(id: "IMPORTED", prepared: "1970-01-01T00:00:00Z", senderID: "unknown")

    var codelists: [Codelist] = [], conceptSchemes: [ConceptScheme] = [], categorySchemes: [CategoryScheme] = []
    var categorisations: [Categorisation] = [], dataStructures: [DataStructure] = [], dataflows: [Dataflow] = []
    var structureSets: [StructureSet] = [], representationMaps: [RepresentationMap] = []
    var mapping = MappingDrafts()

    var codelist: Codelist?, conceptScheme: ConceptScheme?, categoryScheme: CategoryScheme?
    var categorisation: CategorisationDraft?, dataStructure: DataStructure?, dataflow: Dataflow?
    var code: Code?, concept: Concept?
    var categoryStack: [Category] = []
    var component: ComponentDraft?
    var group: DimensionGroup?
    var language = "en"

    struct CategorisationDraft {
        var identity: MaintainableIdentity
        var names = InternationalString()
        var source: ArtefactReference?
        var target: ItemReference?
    }

    struct ComponentDraft {
        enum Kind { case dimension, time, attribute, measure }
        var kind: Kind
        var id: String?
        var position: Int?
        var concept: ItemReference?
        var representation: Representation?
        var assignment: AssignmentStatus = .conditional
        var dimensions: [String] = []
        var group: String?
        var dataSet = false
        var observation = false
    }

    init(file: String) { self.file = file }

    func invalid(_ message: String) -> SDMXError {
        .invalidMessage(file: file, line: position.line, column: position.column, message: message)
    }

    var parent: String { path.count >= 2 ? path[path.count - 2] : "" }
    var grandparent: String { path.count >= 3 ? path[path.count - 3] : "" }

    func result() throws -> SDMXReadResult {
        guard let version else { throw invalid("empty document") }
        return SDMXReadResult(message: StructureMessage(header: header, codelists: codelists, conceptSchemes: conceptSchemes,
                                                        categorySchemes: categorySchemes, categorisations: categorisations,
                                                        dataStructures: dataStructures, dataflows: dataflows,
                                                        structureSets: structureSets, representationMaps: representationMaps),
                              version: version, ignored: ignored)
    }

    func identity(_ attributes: [String: String], element: String) throws -> MaintainableIdentity {
        guard let id = attributes["id"], !id.isEmpty else { throw invalid("<\(element)> has no id") }
        guard let agency = attributes["agencyID"], !agency.isEmpty else { throw invalid("<\(element) id=\"\(id)\"> has no agencyID") }
        let version = attributes["version"] ?? "1.0"
        let isFinal = self.version == .v3_0 ? !version.contains("-") : attributes["isFinal"] == "true"
        return MaintainableIdentity(agencyID: agency, id: id, version: version, isFinal: isFinal)
    }

    func start(_ name: String, namespace: String?, attributes a: [String: String]) throws {
        path.append(name)
        text = ""
        if path.count == 1 {
            guard name == "Structure", let ns = namespace,
                  let v = SDMXMLVersion.allCases.first(where: { $0.messageNamespace == ns }) else {
                throw invalid("not an SDMX-ML 2.1 or 3.0 structure message (root <\(name)> in \(namespace ?? "no namespace"))")
            }
            version = v
            return
        }
        let artefactContainers = ["Codelists", "Concepts", "ConceptSchemes", "CategorySchemes", "Categorisations",
                                  "DataStructures", "Dataflows"] + Self.mappingContainers
        if artefactContainers.contains(parent) && a["isExternalReference"] == "true" {
            // A stub pointing elsewhere (structureURL): nothing to import here.
            ignored.append("\(name) \(a["agencyID"] ?? "?"):\(a["id"] ?? "?")(\(a["version"] ?? "1.0")) (external reference)")
            return
        }
        if try startMapping(name, attributes: a) { return }
        switch (name, parent) {
        case ("Sender", "Header"): header.senderID = a["id"] ?? header.senderID
        case ("Codelist", "Codelists"):
            codelist = Codelist(identity: try identity(a, element: name), names: InternationalString(),
                                validFrom: a["validFrom"], validTo: a["validTo"])
        case ("ConceptScheme", "Concepts"), ("ConceptScheme", "ConceptSchemes"):
            conceptScheme = ConceptScheme(identity: try identity(a, element: name), names: InternationalString())
        case ("CategoryScheme", "CategorySchemes"):
            categoryScheme = CategoryScheme(identity: try identity(a, element: name), names: InternationalString())
        case ("Categorisation", "Categorisations"):
            categorisation = CategorisationDraft(identity: try identity(a, element: name))
        case ("DataStructure", "DataStructures"):
            dataStructure = DataStructure(identity: try identity(a, element: name), names: InternationalString())
        case ("Dataflow", "Dataflows"):
            dataflow = Dataflow(identity: try identity(a, element: name), names: InternationalString())
        case (_, "Structures"):
            if !artefactContainers.contains(name) { ignored.append(name) }
        case ("Code", "Codelist") where codelist != nil:
            guard let id = a["id"] else { throw invalid("<Code> has no id") }
            code = Code(id: id, names: InternationalString())
        case ("Concept", "ConceptScheme") where conceptScheme != nil:
            guard let id = a["id"] else { throw invalid("<Concept> has no id") }
            concept = Concept(id: id, names: InternationalString())
        case ("Category", "CategoryScheme"), ("Category", "Category"):
            guard categoryScheme != nil else { break }
            guard let id = a["id"] else { throw invalid("<Category> has no id") }
            categoryStack.append(Category(id: id, names: InternationalString()))
        case ("Name", _), ("Description", _):
            language = (a["xml:lang"] ?? "en").lowercased()
        case ("Dimension", "DimensionList") where dataStructure != nil:
            component = ComponentDraft(kind: .dimension, id: a["id"], position: a["position"].flatMap { Int($0) })
        case ("TimeDimension", "DimensionList") where dataStructure != nil:
            component = ComponentDraft(kind: .time, id: a["id"])
        case ("Attribute", "AttributeList") where dataStructure != nil:
            var c = ComponentDraft(kind: .attribute, id: a["id"])
            c.assignment = (a["assignmentStatus"] == "Mandatory" || a["usage"] == "mandatory") ? .mandatory : .conditional
            component = c
        case ("PrimaryMeasure", "MeasureList"), ("Measure", "MeasureList"):
            if dataStructure != nil { component = ComponentDraft(kind: .measure, id: a["id"]) }
        case ("Group", "DataStructureComponents"):
            guard let id = a["id"] else { throw invalid("<Group> has no id") }
            group = DimensionGroup(id: id, dimensionIDs: [])
        case ("TextFormat", "LocalRepresentation"), ("TextFormat", "CoreRepresentation"):
            let r = Representation.textFormat(textType: a["textType"] ?? a["dataType"] ?? "String")
            if component != nil { component?.representation = r } else if concept != nil { concept?.coreRepresentation = r }
        case ("None", "AttributeRelationship"), ("Dataflow", "AttributeRelationship"): component?.dataSet = true
        case ("Observation", "AttributeRelationship"): component?.observation = true
        case ("Ref", _): try reference(.attributes(a), context: parent, outer: grandparent)
        default: break
        }
    }
}
