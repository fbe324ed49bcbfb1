import CLibXML2

/// Process-wide libxml2 set-up for the SDMX-ML writer and the loader check (the same refusing
/// entity loader as RDFFormats' `XMLEventReader` and RDF/XML).
enum SDMXLibXML {
    private static let initialised: Bool = {
        lodestat_xml_secure_init()
        return true
    }()

    /// Call before any libxml2 use. The refusing loader is installed again when something else
    /// in the process replaced it (Foundation's XMLParser, for one, installs its own).
    static func ensureInitialised() {
        _ = initialised
        if lodestat_xml_loader_is_refusing() == 0 { lodestat_xml_secure_init() }
    }

    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
    }
}
