import CLibXML2

/// Process-wide libxml2 set-up for this module (the same refusing entity loader as RDF/XML).
enum SDMXLibXML {
    private static let initialised: Bool = {
        lodestat_xml_secure_init()
        return true
    }()

    /// Call before any libxml2 use. The refusing loader is installed again when something else
    /// in the process replaced it (Foundation's XMLParser installs its own; RDFFormats installs
    /// its own copy of the same refusing function — the shim's `static inline` functions exist
    /// once per object file, so both checks live in this file).
    static func ensureInitialised() {
        _ = initialised
        if lodestat_xml_loader_is_refusing() == 0 { lodestat_xml_secure_init() }
    }

    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
    }
}
