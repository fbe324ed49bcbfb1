/// The SDMX-ML versions this module writes and reads.
public enum SDMXMLVersion: String, CaseIterable, Sendable {
    case v2_1 = "2.1"
    case v3_0 = "3.0"

    var folder: String { self == .v2_1 ? "v2_1" : "v3_0" }
    public var messageNamespace: String { "http://www.sdmx.org/resources/sdmxml/schemas/\(folder)/message" }
    public var structureNamespace: String { "http://www.sdmx.org/resources/sdmxml/schemas/\(folder)/structure" }
    public var commonNamespace: String { "http://www.sdmx.org/resources/sdmxml/schemas/\(folder)/common" }

    /// The structure-message media type (`application/vnd.sdmx.structure+xml;version=2.1`, and
    /// `version=3.0.0` for SDMX-ML 3.0, as the SDMX 3 REST API names it).
    public var mediaType: String { "application/vnd.sdmx.structure+xml;version=\(self == .v2_1 ? "2.1" : "3.0.0")" }
}
