import Foundation

/// The controlled vocabularies DCAT-AP 3 expects, as namespaced constants: the EU Publications
/// Office authority tables and the IANA media types register.
public enum EUAuthority {
    public static let namespace = "http://publications.europa.eu/resource/authority/"

    /// `file-type` (for `dct:format`), e.g. `RDF_TURTLE`.
    public static func fileType(_ code: String) -> String { namespace + "file-type/" + code }
    /// `language` (for `dct:language`), ISO 639-3 upper case, e.g. `FRA`.
    public static func language(_ code: String) -> String { namespace + "language/" + code }
    /// `access-right` (for `dct:accessRights`).
    public static func accessRight(_ code: String) -> String { namespace + "access-right/" + code }
    /// `frequency` (for `dct:accrualPeriodicity`), e.g. `MONTHLY`.
    public static func frequency(_ code: String) -> String { namespace + "frequency/" + code }

    public static let publicAccess = accessRight("PUBLIC")
    public static let french = language("FRA")
    public static let english = language("ENG")

    /// The EU frequency for an SDMX `CL_FREQ` code (`A`, `S`, `Q`, `M`, `W`, `D`, `B`, `H`, `N`).
    public static func frequency(sdmxCode: String) -> String? {
        let table = ["A": "ANNUAL", "S": "ANNUAL_2", "Q": "QUARTERLY", "M": "MONTHLY", "W": "WEEKLY",
                     "D": "DAILY", "B": "DAILY", "H": "HOURLY", "N": "CONT"]
        return table[sdmxCode].map(frequency(_:))
    }

    /// Labels (fr, en) of the authority concepts the export names.
    public static let labels: [String: (fr: String, en: String)] = [
        publicAccess: ("public", "public"),
        french: ("français", "French"),
        english: ("anglais", "English"),
    ]
}

/// The IANA media types register: `dcat:mediaType` IRIs.
public enum IANAMediaType {
    public static let namespace = "http://www.iana.org/assignments/media-types/"

    /// The IRI of a media type, parameters dropped: `text/turtle` → `…/media-types/text/turtle`.
    public static func iri(_ mediaType: String) -> String {
        let bare = mediaType.split(separator: ";").first.map(String.init) ?? mediaType
        return namespace + bare.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// The ADMS publisher types (`dct:type` of a publisher), with fr/en labels.
public enum ADMSPublisherType {
    public static let namespace = "http://purl.org/adms/publishertype/"

    public static let labels: [String: (fr: String, en: String)] = [
        namespace + "Academia-ScientificOrganisation": ("Établissement universitaire ou scientifique", "Academia/Scientific organisation"),
        namespace + "Company": ("Entreprise", "Company"),
        namespace + "IndustryConsortium": ("Consortium industriel", "Industry consortium"),
        namespace + "LocalAuthority": ("Autorité locale", "Local authority"),
        namespace + "NationalAuthority": ("Autorité nationale", "National authority"),
        namespace + "NonGovernmentalOrganisation": ("Organisation non gouvernementale", "Non-governmental organisation"),
        namespace + "NonProfitOrganisation": ("Organisation à but non lucratif", "Non-profit organisation"),
        namespace + "PrivateIndividual(s)": ("Particulier(s)", "Private individual(s)"),
        namespace + "RegionalAuthority": ("Autorité régionale", "Regional authority"),
        namespace + "StandardisationBody": ("Organisme de normalisation", "Standardisation body"),
        namespace + "SupraNationalAuthority": ("Autorité supranationale", "Supra-national authority"),
    ]
}
