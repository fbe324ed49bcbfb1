import CLibXML2

/// Process-wide libxml2 setup shared by the XML code: initialise the library once and install
/// the external-entity loader that refuses every file and network request.
enum LibXML {
    private static let initialised: Bool = {
        lodestat_xml_secure_init()
        return true
    }()

    /// Call before any libxml2 use; cheap after the first call. The loader is installed again
    /// when something else in the process replaced it (Foundation's XMLParser installs its own).
    static func ensureInitialised() {
        _ = initialised
        if !loaderIsRefusing { lodestat_xml_secure_init() }
    }

    /// True when the process-wide external-entity loader is the refusing one.
    static var loaderIsRefusing: Bool { lodestat_xml_loader_is_refusing() == 1 }

    /// Reader options: never substitute entities, never load a DTD, never reach the network.
    /// (`XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDVALID`, `XML_PARSE_XINCLUDE` and
    /// `XML_PARSE_HUGE` are deliberately absent; libxml2's own amplification limits stay on.)
    static let safeReaderOptions: Int32 = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
        | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)

    /// A Swift string from a libxml2 string (nil stays nil).
    @inline(__always)
    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
    }

    /// A Swift string from a libxml2 string the caller owns, freeing it.
    static func takeString(_ p: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        defer { lodestat_xmlFree(p) }
        return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
    }
}
