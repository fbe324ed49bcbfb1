/// Why a question about classifications through time has no answer: each case names what is
/// unknown and what exists instead.
public enum ClassificationHistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No classification with this id; `known` lists the ids that exist.
    case unknownClassification(String, known: [String])
    /// No item with this code or notation in the classification; `elsewhere` lists the classifications
    /// that have one.
    case unknownItem(code: String, classification: String, elsewhere: [String])
    /// Several items of the classification have this notation (e.g. region 01 and département 01).
    case ambiguousCode(code: String, classification: String, candidates: [String])
    /// Not a day (`YYYY-MM-DD`) nor `*`.
    case badDate(String)
    /// No version of the series was valid on the day; `versions` lists each with its validity.
    case noVersion(date: String, classification: String, versions: [String])
    /// No correspondence table links the two classifications; `available` lists the tables that
    /// involve the first.
    case noCorrespondence(from: String, to: String, available: [String])
    /// A parameter outside its bounds.
    case badParameter(String)
    /// The version was not valid on the day; `validThen` is the version of its series that was, if any.
    case notValidOn(date: String, classification: String, validity: String, validThen: String?)

    /// True for malformed input (HTTP 400); false for something that does not exist (HTTP 404).
    public var isBadRequest: Bool {
        switch self {
        case .badDate, .badParameter, .ambiguousCode: return true
        default: return false
        }
    }

    public var description: String {
        func list(_ xs: [String]) -> String { xs.isEmpty ? "none" : xs.joined(separator: ", ") }
        switch self {
        case .unknownClassification(let id, let known):
            return "unknown classification '\(id)'; classifications: \(list(known))"
        case .unknownItem(let code, let classification, let elsewhere):
            return "no item '\(code)' in \(classification); classifications with that code: \(list(elsewhere))"
        case .ambiguousCode(let code, let classification, let candidates):
            return "'\(code)' is the notation of several items of \(classification); use one of their codes: \(list(candidates))"
        case .badDate(let text):
            return "date must be a day YYYY-MM-DD (year 0001–9999) or *, not '\(text)'"
        case .noVersion(let date, let classification, let versions):
            return "no version of the series of \(classification) was valid on \(date); versions: \(list(versions))"
        case .noCorrespondence(let from, let to, let available):
            return "no correspondence table between \(from) and \(to); tables involving \(from): \(list(available))"
        case .badParameter(let message):
            return message
        case .notValidOn(let date, let classification, let validity, let validThen):
            return "\(classification) was not valid on \(date) (valid \(validity)); "
                + (validThen.map { "the version valid then is \($0)" } ?? "no version of its series was valid then")
        }
    }
}
