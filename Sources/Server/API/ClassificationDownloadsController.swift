import Catalog
import Hummingbird

/// `GET /api/export/classifications/{id}` and `/api/export/correspondences/{id}`: one classification
/// version (code, parent, level, labels fr/en, validity) or one correspondence table as CSV.
struct ClassificationDownloadsController<Repository: APIRepository> {
    let support: ClassificationAPISupport<Repository>

    init(repository: Repository, cacheControl: String) {
        support = ClassificationAPISupport(repository: repository, cacheControl: cacheControl)
    }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/api/export/classifications/{id}", id: "export_classification_csv", tag: "export",
                           summary: "One classification version as CSV: code, notation, parent, level, labels fr/en, validity",
                           parameters: [.init("id", in: .path, "The classification id")],
                           responses: [(200, "The items, one per row", [ClassificationCSV.mediaType]),
                                       (404, "Unknown classification (the problem lists them)", [Problem.mediaType])])) { request, context in
            try support.answer {
                let scheme = try support.history.classification(ClassificationAPISupport<Repository>.path(context, "id"))
                return csv(ClassificationCSV.version(scheme), name: scheme.id, request)
            }
        }
        table.add(RouteDoc("GET", "/api/export/correspondences/{id}", id: "export_correspondence_csv", tag: "export",
                           summary: "One correspondence table as CSV: source and target codes with labels, kind, coverage flag, date",
                           parameters: [.init("id", in: .path, "The correspondence id")],
                           responses: [(200, "One row per linked pair of items", [ClassificationCSV.mediaType]),
                                       (404, "Unknown correspondence (the problem lists them)", [Problem.mediaType])])) { request, context in
            let id = ClassificationAPISupport<Repository>.path(context, "id")
            let history = support.history
            guard let table = history.correspondence(id) else {
                throw ServerError.noResults("unknown correspondence '\(id)'; correspondences: "
                                            + history.correspondences.map(\.id).joined(separator: ", "))
            }
            return csv(ClassificationCSV.correspondence(table, history: history), name: table.id, request)
        }
    }

    private func csv(_ text: String, name: String, _ request: Request) -> Response {
        let file = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        return Representation(text: text, mediaType: ClassificationCSV.mediaType,
                              headers: [.contentDisposition: "attachment; filename=\"\(file).csv\""])
            .response(to: request, cacheControl: support.cacheControl)
    }
}
