/// What the catalog cannot say about its own publication, with documented defaults.
public struct DCATAPOptions: Sendable, Equatable {
    /// `dct:license` of the catalog, datasets and distributions when the catalog states none
    /// (nil: no licence is claimed).
    public var license: String?
    /// `dct:accessRights` of datasets and services when the catalog states none: the server
    /// answers everyone without authentication, so EU access right `PUBLIC`.
    public var accessRights: String
    /// The URL the server answers at when it differs from the base of the catalog's IRIs
    /// (`--public-base`): access URLs, endpoints and the homepage use it; nil: the catalog's base.
    public var publicBase: String?

    public init(license: String? = nil, accessRights: String = EUAuthority.publicAccess, publicBase: String? = nil) {
        self.license = license
        self.accessRights = accessRights
        self.publicBase = publicBase
    }

    /// Checks the IRIs given as options and the base the server answers under (the catalog's).
    func validate(base: String) throws(DCATAPError) {
        for base in [base] + (publicBase.map { [$0] } ?? []) {
            guard base.hasSuffix("/"), base.hasPrefix("http://") || base.hasPrefix("https://"), base.count > 9 else {
                throw .invalidBase(base)
            }
        }
        for (name, value) in [("--license", license), ("access rights", accessRights)] {
            if let value, !Self.isAbsolute(value) { throw .invalidIRI(option: name, value: value) }
        }
    }

    static func isAbsolute(_ iri: String) -> Bool {
        guard let colon = iri.firstIndex(of: ":"), colon != iri.startIndex else { return false }
        let scheme = iri[..<colon]
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && scheme.first?.isLetter == true && !iri.contains(" ") && !iri.contains(">")
    }
}
