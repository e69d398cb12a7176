import IncidentFacts

/// The value of a single-valued fact in the caches, written as its kind says: the kind is
/// known from the fact's entry in `FactField.singleValued`, so it is not stored.
enum FactValueCoding {
    static func encode(_ value: FactValue, into w: inout ByteWriter) {
        switch value {
        case .text(let text): w.string(text)
        case .flag(let flag): w.bool(flag)
        case .count(let count): w.int(count)
        }
    }

    static func decode(_ fact: SingleValuedFact, _ r: inout ByteReader) throws(ByteReader.Corrupt) -> FactValue? {
        try r.optional { r throws(ByteReader.Corrupt) -> FactValue in
            switch fact.path {
            case .text: .text(try r.string())
            case .flag: .flag(try r.bool())
            case .count: .count(try r.int())
            }
        }
    }
}
