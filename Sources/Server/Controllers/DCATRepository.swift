import RDF

/// What `GET /dcat` needs: the DCAT-AP description of the catalog in service.
public protocol DCATRepository: Sendable {
    /// The base every resource IRI is under.
    var baseIRI: String { get }
    /// Changes whenever another catalog is put in service (the description is cached per generation).
    var generation: Int { get }
    /// The DCAT-AP 3 description of the catalog in service.
    func dcatDescription() throws -> [Quad]
}
