import Catalog
import Hummingbird

/// The classification browser: `/classifications/{id}` (the tree, first level rendered, deeper
/// levels fetched by `tree.js` from the REST routes; a date picker shows the version valid that
/// day) and `/classifications/{id}/items/{code}` (breadcrumbs, children, notes, validity,
/// correspondences and the projection into another version).
struct ClassificationPagesController<Repository: APIRepository> {
    let repository: Repository
    let cacheControl: String

    private var history: ClassificationHistory { ClassificationHistory.of(repository.views()) }

    static var date: RouteDoc.Parameter {
        .init("date", in: .query, "A day YYYY-MM-DD: show the version of the classification valid then",
              .pattern("^(\\*|" + ParameterConstraint.dayPattern + ")$", example: "2025-06-01"))
    }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let id = RouteDoc.Parameter("id", in: .path, "The classification id (e.g. nace-r2)")
        let bad = (status: 400, description: "Bad parameter or ambiguous code", mediaTypes: [Problem.mediaType])
        let notFound = (status: 404, description: "Unknown classification or item", mediaTypes: [Problem.mediaType])
        table.add(RouteDoc("GET", "/classifications/{id}", id: "classificationPage", tag: "html",
                           summary: "A classification as a tree, expandable level by level, at a date",
                           parameters: [id, Self.date, .lang],
                           responses: [(200, "HTML page", ["text/html"]), bad, notFound])) { request, context in
            try answer {
                let history = self.history
                let asked = try history.classification(ClassificationAPISupport<Repository>.path(context, "id"))
                let date = HTMLAnswer.value(request, "date").flatMap { $0 == "*" ? nil : Day($0) }
                var shown = asked, notice: String?
                if let date, asked.validity != nil {
                    do { shown = try history.version(validOn: date, like: asked) } catch let e as ClassificationHistoryError {
                        notice = e.description
                    }
                }
                return HTMLAnswer.respond(request, cacheControl: cacheControl) { language in
                    ClassificationTreePage(history: history, scheme: shown, asked: asked, date: date, notice: notice,
                                           language: language, base: repository.baseIRI).html
                }
            }
        }
        table.add(RouteDoc("GET", "/classifications/{id}/items/{code}", id: "classificationItemPage", tag: "html",
                           summary: "One item of a classification: breadcrumbs, children, notes, validity, correspondences",
                           parameters: [id, .init("code", in: .path, "The item code (or its notation when only one item has it)"),
                                        .init("to", in: .query, "Project the item into this classification version (its id)"),
                                        Self.date, .lang],
                           responses: [(200, "HTML page", ["text/html"]), bad, notFound])) { request, context in
            try answer {
                let history = self.history
                let scheme = try history.classification(ClassificationAPISupport<Repository>.path(context, "id"))
                let item = try history.item(ClassificationAPISupport<Repository>.path(context, "code"), in: scheme)
                let target = HTMLAnswer.value(request, "to").flatMap { $0.isEmpty ? nil : $0 }
                let projection: Result<Projection, ClassificationHistoryError>? = target.map { to -> Result<Projection, ClassificationHistoryError> in
                    do { return .success(try history.projection(of: item, from: scheme, to: try history.classification(to))) }
                    catch let e as ClassificationHistoryError { return .failure(e) }
                    catch { return .failure(.badParameter(String(describing: error))) }
                }
                return HTMLAnswer.respond(request, cacheControl: cacheControl) { language in
                    ClassificationItemPage(history: history, scheme: scheme, item: item, target: target, projection: projection,
                                           language: language, base: repository.baseIRI).html
                }
            }
        }
    }

    /// An unknown classification or item is a 404 problem naming what exists; an ambiguous code a 400.
    private func answer(_ body: () throws -> Response) throws -> Response {
        do { return try body() } catch let error as ClassificationHistoryError {
            throw error.isBadRequest ? ServerError.badRequest(error.description) : ServerError.noResults(error.description)
        }
    }
}
