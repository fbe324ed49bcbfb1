/// The CSV downloads of classifications through time (RFC 4180, UTF-8, `\n` line ends, one header row):
/// a classification version with its hierarchy and validity, a correspondence table with the kind of
/// each association.
public enum ClassificationCSV {
    public static let mediaType = "text/csv; charset=utf-8"

    public static let versionHeader = ["code", "notation", "parent", "level", "label_fr", "label_en", "valid_from", "valid_to"]

    /// One row per item, top level first then by code (as the views order items).
    public static func version(_ scheme: ClassificationView) -> String {
        var rows = [versionHeader]
        for item in scheme.items {
            rows.append([item.code, item.notation ?? "", item.broader.first ?? "", item.depth.map(String.init) ?? "",
                         item.labels["fr"] ?? "", item.labels["en"] ?? "", item.validity?.start ?? "", item.validity?.end ?? ""])
        }
        return write(rows)
    }

    public static let correspondenceHeader = [
        "source_classification", "source_code", "source_label_fr", "source_label_en", "target_classification", "target_code",
        "target_label_fr", "target_label_en", "kind", "source_fully_covered", "date",
    ]

    /// One row per (source item, target item) of each association, in the table's order.
    public static func correspondence(_ table: CorrespondenceView, history: ClassificationHistory) -> String {
        let source = table.sourceID.flatMap { try? history.classification($0) }
        let target = table.targetID.flatMap { try? history.classification($0) }
        func labels(_ code: String, _ scheme: ClassificationView?) -> (String, String) {
            guard let scheme, let item = history.lookup(code, in: scheme) else { return ("", "") }
            return (item.labels["fr"] ?? "", item.labels["en"] ?? "")
        }
        var rows = [correspondenceHeader]
        for a in table.associations {
            for s in a.source {
                for t in a.target {
                    let (sf, se) = labels(s, source), (tf, te) = labels(t, target)
                    rows.append([table.sourceID ?? "", s, sf, se, table.targetID ?? "", t, tf, te, a.kind ?? "",
                                 a.sourceFullyCovered.map { $0 ? "true" : "false" } ?? "", a.date ?? ""])
                }
            }
        }
        return write(rows)
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
    public static func write(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows {
            out += row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
            out += "\n"
        }
        return out
    }
}
