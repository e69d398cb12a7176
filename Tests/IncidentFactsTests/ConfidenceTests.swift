import Testing

@testable import IncidentFacts

/// Every fact carries how sure the extractor is of it, so an editor knows what to check.
@Suite struct ConfidenceTests {
    @Test func aClaimIsSurerThanASuspicion() {
        let claimed = facts(
            "Two gunmen killed four guards at a bank in Kano on Monday. Boko Haram claimed responsibility for the attack.",
            published: "2014-06-03")
        #expect(claimed.confidence["perpetrators"]?.level == .high)
        #expect(claimed.confidence["claimed_by"]?.level == .high)
        let suspected = facts(
            "Two gunmen killed four guards at a bank in Kano on Monday. Police suspect Boko Haram was behind it.",
            published: "2014-06-03")
        #expect(suspected.confidence["perpetrators"]?.level == .low)
    }

    @Test func differingTotalsAreNotCertain() {
        let f = facts(
            """
            A car bomb killed at least 12 people at a market in Baquba on Friday, police said.
            Hospital officials put the toll at 15.
            """, published: "2009-05-02")
        #expect(f.killed?.best == 12)
        #expect(f.confidence["killed"]?.level == .medium)
        #expect(f.confidence["killed"]?.basis.contains("12, 15") == true)
    }

    @Test func oneTotalStatedOnceIsSure() {
        let f = facts(
            "A suicide bomber killed nine soldiers at a checkpoint in Mogadishu on Sunday.", published: "2019-03-04")
        #expect(f.confidence["killed"]?.level == .high)
        #expect(f.confidence["date"]?.level == .medium)
    }

    @Test func aDateWrittenOutIsSure() {
        let f = facts(
            "On 14 March 2019, gunmen attacked a hotel in Nairobi, killing 21 people.", published: "2019-03-15")
        #expect(f.confidence["date"]?.level == .high)
    }

    @Test func twoCitiesNamedAlikeAreACloseCall() {
        let f = facts(
            "Bombs exploded at markets in Quetta and in Karachi on Tuesday, killing seven people.",
            published: "2012-02-08")
        #expect(f.confidence["location"]?.level == .low)
        #expect(f.warnings.contains { $0.hasPrefix("location: close call") })
    }

    @Test func weaponsOnlyImpliedAreMedium() {
        let implied = facts(
            "Gunmen opened fire on a wedding party in Mardin, killing 44 people.", published: "2009-05-05")
        #expect(implied.confidence["weapons"]?.level == .medium)
        let named = facts(
            "Gunmen with assault rifles attacked a wedding in Mardin, killing 44 people.", published: "2009-05-05")
        #expect(named.confidence["weapons"]?.level == .high)
    }

    @Test func theJSONCarriesConfidence() {
        let f = facts("A bomb killed three people at a bus station in Kampala on Sunday.", published: "2010-07-12")
        guard case .object(let fields) = f.json(), let confidence = fields.first(where: { $0.0 == "confidence" })?.1,
            case .object(let byField) = confidence
        else {
            Issue.record("no confidence object")
            return
        }
        #expect(byField.map(\.0).contains("killed"))
    }
}
