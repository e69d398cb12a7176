import Testing

@testable import IncidentFacts

/// Earlier attacks named only as a list of places ("the attacks at A, B and C") are one history
/// entry each; a list that tells the reported attack's own sites, or a campaign across
/// countries, is none.
@Suite struct RecalledListTests {
    @Test func listOfSitesAfterTheAttacks() {
        let f = facts(
            """
            A man stabbed two commuters at Oakfield Road station in Leeds on Tuesday morning, police said.

            Officers said the suspect was arrested at the scene. Both commuters were taken to hospital with cuts to their arms.

            Trains were stopped for two hours while forensic teams searched the platform.

            The city had been spared until now. The bombings at Manchester Arena, Canal Street Market and Riverside Park last year had put every station on alert.
            """, published: "2018-03-06")
        let sites = f.history.map(\.what)
        #expect(sites == ["Manchester Arena", "Canal Street Market", "Riverside Park"])
        // A site that opens with a known city lies in it.
        #expect(f.history.first?.place == "Manchester")
        #expect(f.history.allSatisfy { $0.year == 2017 })
    }

    @Test func listOfCitiesIncludingOthers() {
        let f = facts(
            """
            A truck bomb killed 12 people outside a concert hall in Lyon on Saturday night, police said. The attack adds the city to a long list of European targets that includes London, Brussels, Madrid and Berlin.
            """, published: "2019-06-02")
        #expect(f.history.map(\.place) == ["London", "Brussels", "Madrid", "Berlin"])
        #expect(f.history.allSatisfy { $0.year == nil })
        #expect(f.killed?.best == 12)
    }

    /// The reported attack's own city in the list is the reported attack.
    @Test func theAttacksOwnCityIsLeftOut() {
        let f = facts(
            """
            A gunman shot dead four people at a cafe in Nice on Friday, police said.

            Officers said he had no known accomplices.

            The country has been on high alert since the attacks in Paris, Brussels and Nice.
            """, published: "2018-08-10")
        #expect(f.history.map(\.place) == ["Paris", "Brussels"])
    }

    /// Guards: sites of this attack, countries, and people are no list of earlier attacks.
    @Test func listsThatAreNoEarlierAttacks() {
        let sites = facts(
            """
            Gunmen carried out coordinated attacks at the Grand Palace Hotel, the Central Railway Station and the Harbour View Cafe in Mumbai on Wednesday night, killing 40 people.
            """, published: "2012-11-08")
        #expect(sites.history.isEmpty)
        let countries = facts(
            """
            A car bomb killed nine soldiers at a checkpoint in Mosul on Monday, officials said.

            Officers said the group had stepped up its attacks in Iraq and Syria.
            """, published: "2015-03-03")
        #expect(countries.history.isEmpty)
        let people = facts(
            """
            A car bomb killed nine people outside a church in Kano on Sunday, police said.

            Leaders condemned the attacks on Christians and Muslims alike.
            """, published: "2015-03-03")
        #expect(people.history.isEmpty)
    }
}
