import Catalog

/// `?date=` on the detail of a resource that has a validity (classification versions, concepts
/// that are items of one, series): the resource as it was valid that day, or a 404 problem
/// naming its validity (for a classification, also the version of its series valid then).
/// `*` is the whole history; a resource stating no validity is not versioned and answers on
/// every day.
enum DetailDate {
    static var parameter: RouteDoc.Parameter {
        .init("date", in: .query, "A day YYYY-MM-DD: answer only if the resource was valid then (404 naming its validity); * for the whole history",
              .pattern("^(\\*|" + ParameterConstraint.dayPattern + ")$", example: "2025-06-01"))
    }

    static func check<V: CatalogView>(_ date: String, view: V, validity: Validity?, kind: String, views: CatalogViews) throws {
        if date == "*" { return }
        guard let day = Day(date) else { throw ServerError.badRequest(ClassificationHistoryError.badDate(date).description) }
        if let scheme = view as? ClassificationView {
            do { try ClassificationHistory.of(views).check(date: date, for: scheme) } catch let error as ClassificationHistoryError {
                throw error.isBadRequest ? ServerError.badRequest(error.description) : ServerError.noResults(error.description)
            }
            return
        }
        guard let validity, !validity.contains(day) else { return }
        throw ServerError.noResults("\(kind) '\(view.id)' was not valid on \(day) (valid \(validity.text))")
    }
}
