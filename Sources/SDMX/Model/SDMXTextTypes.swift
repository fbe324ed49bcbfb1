/// Text types (`common:DataType`) across versions.
enum SDMXTextTypes {
    /// `common:DataType` values of SDMX-ML 2.1.
    static let known21: Set<String> = [
        "String", "Alpha", "AlphaNumeric", "Numeric", "BigInteger", "Integer", "Long", "Short", "Decimal", "Float",
        "Double", "Boolean", "URI", "Count", "InclusiveValueRange", "ExclusiveValueRange", "Incremental",
        "ObservationalTimePeriod", "StandardTimePeriod", "BasicTimePeriod", "GregorianTimePeriod", "GregorianYear",
        "GregorianYearMonth", "GregorianDay", "ReportingTimePeriod", "ReportingYear", "ReportingSemester",
        "ReportingTrimester", "ReportingQuarter", "ReportingMonth", "ReportingWeek", "ReportingDay", "DateTime",
        "TimeRange", "Month", "MonthDay", "Day", "Time", "Duration", "XHTML", "KeyValues", "IdentifiableReference",
        "DataSetReference", "AttachmentConstraintReference",
    ]

    /// The type itself when SDMX 2.1 (SDMX-ML 2.1, SDMX-JSON 1.0) knows it, else `String`
    /// (3.0 added types such as `GeospatialInformation`).
    static func v21(_ type: String) -> String { known21.contains(type) ? type : "String" }
}
