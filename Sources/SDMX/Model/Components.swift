/// A dimension of a data structure; `position` starts at 1.
public struct Dimension: Hashable, Sendable {
    public var id: String
    public var position: Int
    public var concept: ItemReference
    public var representation: Representation?

    public init(id: String, position: Int, concept: ItemReference, representation: Representation? = nil) {
        self.id = id
        self.position = position
        self.concept = concept
        self.representation = representation
    }
}

/// The time dimension of a data structure.
public struct TimeDimension: Hashable, Sendable {
    public var id: String
    public var concept: ItemReference

    public init(id: String = "TIME_PERIOD", concept: ItemReference) {
        self.id = id
        self.concept = concept
    }
}

/// What an attribute value is attached to.
public enum AttributeAttachment: Hashable, Sendable {
    /// The whole data set (SDMX-ML 2.1 `<None/>`, 3.0 `<Dataflow/>`).
    case dataSet
    /// The series or partial keys made of these dimensions.
    case dimensions([String])
    /// A group of the data structure.
    case group(String)
    /// Each observation (2.1 `<PrimaryMeasure>`, 3.0 `<Observation/>`).
    case observation
}

/// Whether an attribute value must be reported.
public enum AssignmentStatus: String, Hashable, Sendable {
    case mandatory = "Mandatory"
    case conditional = "Conditional"
}

/// A data attribute of a data structure.
public struct DataAttribute: Hashable, Sendable {
    public var id: String
    public var concept: ItemReference
    public var representation: Representation?
    public var assignmentStatus: AssignmentStatus
    public var attachment: AttributeAttachment

    public init(id: String, concept: ItemReference, representation: Representation? = nil,
                assignmentStatus: AssignmentStatus, attachment: AttributeAttachment) {
        self.id = id
        self.concept = concept
        self.representation = representation
        self.assignmentStatus = assignmentStatus
        self.attachment = attachment
    }
}

/// The (primary) measure of a data structure; SDMX-ML 2.1 requires the id `OBS_VALUE`.
public struct PrimaryMeasure: Hashable, Sendable {
    public var id: String
    public var concept: ItemReference
    public var representation: Representation?

    public init(id: String = "OBS_VALUE", concept: ItemReference, representation: Representation? = nil) {
        self.id = id
        self.concept = concept
        self.representation = representation
    }
}

/// A group of dimensions declared by a data structure.
public struct DimensionGroup: Hashable, Sendable {
    public var id: String
    public var dimensionIDs: [String]

    public init(id: String, dimensionIDs: [String]) {
        self.id = id
        self.dimensionIDs = dimensionIDs
    }
}
