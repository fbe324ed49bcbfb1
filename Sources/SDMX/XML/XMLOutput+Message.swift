extension XMLOutput {
    /// The message header; elements in schema order (ID, Test, Prepared, Sender).
    func header(_ h: MessageHeader) throws {
        try start("mes:Header")
        try element("mes:ID", text: h.id)
        try element("mes:Test", text: h.test ? "true" : "false")
        try element("mes:Prepared", text: h.prepared)
        try element("mes:Sender", [("id", h.senderID)])
        try end()
    }

    /// `com:Name` and `com:Description` elements (one per language).
    func names(_ names: InternationalString, _ descriptions: InternationalString, fallback: String) throws {
        if names.isEmpty {
            try element("com:Name", [("xml:lang", "en")], text: fallback)
        }
        for t in names.texts { try element("com:Name", "xml:lang", t.language, text: t.text) }
        for t in descriptions.texts { try element("com:Description", "xml:lang", t.language, text: t.text) }
    }

    func messageRoot(_ version: SDMXMLVersion) throws {
        try startDocument()
        try start("mes:Structure")
        try attribute("xmlns:mes", version.messageNamespace)
        try attribute("xmlns:str", version.structureNamespace)
        try attribute("xmlns:com", version.commonNamespace)
    }
}
