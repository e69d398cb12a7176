import Testing

@testable import IncidentFacts

/// The facts that hold one value are read through their entries in `FactField.singleValued`.
@Suite struct FactFieldTests {
    /// Each entry reads its field in place, and reads what the field holds: set, changed in a
    /// copy (which gets a box of its own), and unset.
    @Test func singleValuedFactsReadTheirFields() {
        var sheet = FactSheet(file: "oxa.txt")
        sheet.attackType = "bombing"
        sheet.suicide = true
        sheet.targetType = "police"
        sheet.claimedBy = "Oxa Front"
        sheet.duration = "two hours"
        sheet.durationMinutes = 120
        var copy = sheet
        copy.attackType = "armed assault"
        copy.durationMinutes = nil
        let expected: [FactField: (FactValue?, FactValue?)] = [
            .attackType: (.text("bombing"), .text("armed assault")), .suicide: (.flag(true), .flag(true)),
            .targetType: (.text("police"), .text("police")), .claimedBy: (.text("Oxa Front"), .text("Oxa Front")),
            .duration: (.text("two hours"), .text("two hours")), .durationMinutes: (.count(120), nil),
        ]
        for fact in FactField.singleValued {
            #expect(fact.offset != nil, "\(fact.field) is read through its key path")
            #expect(fact.value(in: sheet) == expected[fact.field]?.0, "\(fact.field)")
            #expect(fact.value(in: copy) == expected[fact.field]?.1, "\(fact.field)")
            #expect(fact.value(in: FactSheet(file: "ura.txt")) == nil, "\(fact.field)")
        }
    }
}
