/// The SDMX-RDF namespaces (cross-domain concepts, dimensions, attributes, measures, codes).
public enum SDMX {
    /// `sdmx-concept:`
    public enum Concept {
        public static let namespace = "http://purl.org/linked-data/sdmx/2009/concept#"
        public static let freq = namespace + "freq"
        public static let refArea = namespace + "refArea"
        public static let timePeriod = namespace + "timePeriod"
        public static let obsValue = namespace + "obsValue"
        public static let obsStatus = namespace + "obsStatus"
        public static let confStatus = namespace + "confStatus"
        public static let unitMeasure = namespace + "unitMeasure"
        public static let unitMult = namespace + "unitMult"
        public static let decimals = namespace + "decimals"
        public static let sex = namespace + "sex"
        public static let age = namespace + "age"
    }

    /// `sdmx-dimension:`
    public enum Dimension {
        public static let namespace = "http://purl.org/linked-data/sdmx/2009/dimension#"
        public static let freq = namespace + "freq"
        public static let refArea = namespace + "refArea"
        public static let timePeriod = namespace + "timePeriod"
        public static let sex = namespace + "sex"
        public static let age = namespace + "age"
    }

    /// `sdmx-attribute:`
    public enum Attribute {
        public static let namespace = "http://purl.org/linked-data/sdmx/2009/attribute#"
        public static let obsStatus = namespace + "obsStatus"
        public static let confStatus = namespace + "confStatus"
        public static let unitMeasure = namespace + "unitMeasure"
        public static let unitMult = namespace + "unitMult"
        public static let decimals = namespace + "decimals"
    }

    /// `sdmx-measure:`
    public enum Measure {
        public static let namespace = "http://purl.org/linked-data/sdmx/2009/measure#"
        public static let obsValue = namespace + "obsValue"
    }

    /// `sdmx-code:`
    public enum Code {
        public static let namespace = "http://purl.org/linked-data/sdmx/2009/code#"
    }
}
