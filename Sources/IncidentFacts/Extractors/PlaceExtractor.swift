/// Decides where the attack happened from the places the story names.
///
/// Countries collect votes from their own mentions, their demonyms and their cities; the city is
/// the best-voted one in the winning country. Early sentences and "in <place>" count more, and
/// sentences about earlier attacks do not count at all.
enum PlaceExtractor {
    static let referenceWords: WordSet = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "capital", "suburb",
        "outskirts",
    ]

    /// "40 km north of Moscow", "a suburb of the capital Colombo".
    static func isReferencePoint(_ tokens: [Token], before start: Int) -> Bool {
        let window = max(0, start - 4)..<start
        return window.contains { k in
            k > 0 && tokens[k].lower == "of" && referenceWords.contains(tokens[k - 1])
                && tokens[(k + 1)..<start].allSatisfy { ["the", "capital", "city", ","].contains($0.lower) }
        }
    }

    /// The word before a place, past the words that introduce it ("near the Basque city of
    /// Bilbao" gives "near").
    static func nearWord(_ tokens: [Token], before start: Int) -> String {
        var k = start - 1
        while k >= 0, start - k <= 5,
            ["the", "city", "town", "of", "capital", "port"].contains(tokens[k].lower) || tokens[k].isCapitalized
        {
            k -= 1
        }
        return k >= 0 ? tokens[k].lower : ""
    }

    /// How many tokens the dateline takes ("ABUJA, Nigeria (AP) -" up to the dash or bracket),
    /// 0 when the sentence does not open with one.
    static func datelineLength(_ sentence: Sentence, _ first: PhraseIndex<PlaceName>.Match?) -> Int {
        guard let first, first.start == 0, isDateline(sentence, first) else { return 0 }
        let tokens = sentence.tokens
        return (0..<min(tokens.count, 10)).first { ["-", ")", ":"].contains(tokens[$0].text) } ?? first.end
    }

    /// A town out of the gazetteer is the place when it has more votes than the top city, or
    /// when it was introduced beside that city ("Wattala, a suburb of Colombo") and has a third
    /// of its votes: the city named elsewhere is the same place, said loosely.
    static func townWins(_ votes: Double, over city: (key: Place, value: Double)?, besides cities: [Place]) -> Bool {
        guard let city else { return votes > 0 }
        if votes > city.value { return true }
        return cities.contains { $0.name == city.key.name } && votes * 3 >= city.value
    }

    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        var countryScore: [String: Double] = [:]
        var cityScore: [Place: Double] = [:]
        var regionScore: [Place: Double] = [:]
        var evidence: [String: Sentence] = [:]
        var ambiguous: [(places: [Place], weight: Double, sentence: Sentence)] = []
        // Country evidence without demonyms ("American singer" says little about where), used
        // to resolve names that several places share.
        var directCountry: [String: Double] = [:]
        var datelines: [(places: [Place], weight: Double, sentence: Sentence)] = []
        // Towns the gazetteer lacks, with their votes and the cities named beside them.
        var townScore: [String: Double] = [:]
        var townEvidence: [String: (sentence: Sentence, cities: [Place])] = [:]
        // A city named only as the end of a route ("a train heading to Ura") is not where the
        // attack was: it stays out of the choice of city. Lists, not sets: an article names a
        // few places, and hashing one hashes all its fields.
        var routeEnds: [Place] = []
        var namedBesidesRoutes: [Place] = []
        // Places named other than as a reference point ("near Bilbao", "40 km north of Ura").
        var namedAsItself: [Place] = []
        func add(_ places: [Place], to list: inout [Place]) {
            for place in places where !list.contains(place) { list.append(place) }
        }
        for (offset, sentence) in analysis.currentSentences {
            let base = analysis.weight(offset)
            let datelineEnd = datelineLength(sentence, analysis.places[offset].first)
            // A town in the clause that recalls another attack is that attack's.
            let recalled = analysis.historySpan[offset]
            for town in TownFinder.towns(in: sentence.tokens) where !recalled.contains(town.start) {
                if let known = analysis.places[offset].first(where: { $0.start == town.start }) {
                    // A listed town introduced as one ("the town of Antrim") gets the same vote.
                    if known.value.places.count == 1, known.value.places[0].kind == .city,
                        !isSpeakersSeat(sentence.tokens, before: town.start)
                    {
                        cityScore[known.value.places[0], default: 0] += base * 1.5
                    }
                    continue
                }
                // Wire copy in capitals: "HUANTA" is written "Huanta".
                let name = analysis.text.isAllCaps ? TownFinder.capitalizedName(town.name) : town.name
                townScore[name, default: 0] += base * 1.5
                if townEvidence[name] == nil {
                    // Cities beside the town, not the bureau of the dateline.
                    let cities = analysis.places[offset].filter { $0.start >= datelineEnd }
                        .flatMap { $0.value.places }.filter { $0.kind == .city }
                    townEvidence[name] = (sentence, cities)
                }
            }
            lazy var opensBefore = sentence.runningCount(of: "(")
            lazy var closesBefore = sentence.runningCount(of: ")")
            for match in analysis.places[offset] {
                let before = match.start > 0 ? sentence.tokens[match.start - 1].lower : ""
                var weight = base
                if ["in", "at", "inside"].contains(before) { weight *= 1.5 }
                // Reference points: "near Bilbao", "outside Colombo", "40 km north of Moscow"; but
                // "outside Oxa airport" is at the city's airport.
                let namesASite =
                    match.end < sentence.tokens.count && SiteFinder.siteNouns.contains(sentence.tokens[match.end])
                let isReference =
                    ["near", "outside", "from"].contains(nearWord(sentence.tokens, before: match.start)) && !namesASite
                    || isReferencePoint(sentence.tokens, before: match.start)
                if isReference { weight *= 0.5 } else { add(match.value.places, to: &namedAsItself) }
                if match.start == 0 && isDateline(sentence, match) {
                    // A dateline names where the report was filed; it counts only when the
                    // story itself is set in that country (agencies file from their bureaus).
                    datelines.append((match.value.places, base * 2, sentence))
                    continue
                }
                // "ABUJA, Nigeria (AP) -": the rest of the dateline is the bureau too.
                if match.start < datelineEnd { weight *= 0.3 }
                if let capital = capitalNamed(sentence.tokens, match) {
                    cityScore[capital, default: 0] += weight
                    countryScore[capital.country, default: 0] += weight
                    if evidence[capital.name] == nil { evidence[capital.name] = sentence }
                    continue
                }
                if match.value.isDemonym { weight *= 0.5 }
                // "The Washington Post reported", "Times of India": a newspaper, not a place; "Oxa
                // Road in Ura": a street named after a place.
                if isMediaName(sentence.tokens, match) || namesAStreet(sentence.tokens, match) { continue }
                // "the Ruritanian embassy", "French soldiers", "British tourists": whose people or
                // building, not where.
                if modifiesPeopleOrInstitution(sentence.tokens, match) { weight *= 0.25 }
                // "the embassy in Ura said in a statement": where the speaker sits.
                if isSpeakersSeat(sentence.tokens, before: match.start) { weight *= 0.25 }
                // "a train from Oxa to Ura", "between Oxa and Ura": the ends of a route, not where on
                // it the attack was.
                let routeEnd = isRouteEnd(sentence.tokens, match, among: analysis.places[offset])
                if routeEnd {
                    weight *= 0.25
                    add(match.value.places, to: &routeEnds)
                } else {
                    add(match.value.places, to: &namedBesidesRoutes)
                }
                // "(both banned in Russia)": asides in brackets are not where the attack was.
                if opensBefore[match.start] > closesBefore[match.start] {
                    weight *= 0.2
                }
                var places = match.value.places
                // "the province of Oxa", "the provinces of Oxa, Ura and Ash": the region, not
                // the city of that name.
                if namedAsRegion(sentence.tokens, before: match.start) {
                    let regions = places.filter { $0.kind == .region }
                    if !regions.isEmpty {
                        places = regions
                    } else if places.count == 1, places[0].kind == .city {
                        // A city named as its province ("the province of Ura", where the
                        // gazetteer lists Ura Region): a vote for the country only.
                        countryScore[places[0].country, default: 0] += weight * 0.6
                        continue
                    }
                }
                if places.count > 1 {
                    ambiguous.append((places, weight, sentence))
                    continue
                }
                let place = places[0]
                if !match.value.isDemonym { directCountry[place.country, default: 0] += weight }
                switch place.kind {
                case .country:
                    countryScore[place.name, default: 0] += weight
                    if evidence[place.name] == nil { evidence[place.name] = sentence }
                case .region:
                    regionScore[place, default: 0] += weight
                    countryScore[place.country, default: 0] += weight * 0.6
                    if evidence[place.name] == nil { evidence[place.name] = sentence }
                case .city:
                    cityScore[place, default: 0] += weight
                    countryScore[place.country, default: 0] += weight * 0.8
                    if evidence[place.name] == nil { evidence[place.name] = sentence }
                }
            }
        }
        // A group that operates in one country points there too ("ETA": Spain), a little.
        for matches in analysis.groups {
            for match in matches where match.value.count == 1 && match.value[0].countries.count == 1 {
                directCountry[match.value[0].countries[0], default: 0] += 0.5
            }
        }
        // Shared names (Hyderabad, Manchester) go to the country the rest of the story points
        // at; without such evidence, to the most populous place.
        func choose(_ places: [Place]) -> Place {
            let maxPopulation = places.map { $0.population }.max() ?? 0
            return places.max { a, b in
                let sa = (directCountry[a.country] ?? 0) + (a.population == maxPopulation ? 0.5 : 0)
                let sb = (directCountry[b.country] ?? 0) + (b.population == maxPopulation ? 0.5 : 0)
                return sa != sb ? sa < sb : a.name > b.name
            }!
        }
        // Wire copy often names no place but the dateline's: then the country is the bureau's.
        let onlyDateline = countryScore.isEmpty && ambiguous.isEmpty
        for (places, weight, sentence) in datelines {
            let place = choose(places)
            guard (countryScore[place.country] ?? 0) > 0 || onlyDateline else { continue }
            switch place.kind {
            // Agencies file from their bureaus: the dateline city only breaks a tie. Named
            // nowhere else, it is the place only when the story names no other region of the
            // country ("LIMA - ... an ambush in the province of Huancavelica" is not in Lima).
            case .city where !onlyDateline:
                let elsewhere = regionScore.keys.contains { $0.country == place.country && $0.name != place.region }
                if cityScore[place] != nil || !elsewhere { cityScore[place, default: 0] += weight * 0.125 }
            case .city: break
            case .region: regionScore[place, default: 0] += weight
            case .country: break
            }
            countryScore[place.country, default: 0] += weight
            if evidence[place.name] == nil { evidence[place.name] = sentence }
        }
        for (places, weight, sentence) in ambiguous {
            let chosen = choose(places)
            switch chosen.kind {
            case .country: countryScore[chosen.name, default: 0] += weight
            case .region:
                regionScore[chosen, default: 0] += weight
                countryScore[chosen.country, default: 0] += weight * 0.6
            case .city:
                cityScore[chosen, default: 0] += weight
                countryScore[chosen.country, default: 0] += weight * 0.8
            }
            if evidence[chosen.name] == nil { evidence[chosen.name] = sentence }
        }
        // The site stands on its own: "at Parsons Green station" tells where, though the story
        // names no town or country the gazetteer knows.
        facts.location.site = SiteFinder.site(in: analysis)
        if let site = facts.location.site, let sentence = analysis.sentences.first(where: { $0.text.contains(site) }) {
            facts.addEvidence(.location, sentence)
        }
        guard let country = countryScore.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return }
        facts.location.country = country
        if let sentence = evidence[country] { facts.addEvidence(.location, sentence) }
        let onlyRouteEnds = routeEnds.filter { !namedBesidesRoutes.contains($0) }
        let cityChoice = cityScore.filter { $0.key.country == country && !onlyRouteEnds.contains($0.key) }
            .max { ($0.value, $1.key.name) < ($1.value, $0.key.name) }
        let city = cityChoice?.key
        // "A bomb exploded near Bilbao ... in the town of Arrigorriaga": a city named only as a
        // reference point gives way to the town the story names.
        let cityOnlyAReference = city.map { !namedAsItself.contains($0) } ?? false
        if let town = townScore.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
            let (sentence, citiesBeside) = townEvidence[town.key],
            cityOnlyAReference || townWins(town.value, over: cityChoice, besides: citiesBeside)
        {
            // A town out of the gazetteer wins: it carries the region of a city named beside it
            // ("Wattala, a suburb of Colombo") or of the one it is near, so merging can match it
            // with reports that name the city.
            facts.location.city = town.key
            facts.location.region =
                citiesBeside.first { $0.country == country }?.region ?? (cityOnlyAReference ? city?.region : nil)
            facts.addEvidence(.location, sentence)
        } else if let city {
            facts.location.city = city.name
            facts.location.region = city.region
            if let sentence = evidence[city.name] { facts.addEvidence(.location, sentence) }
        }
        if facts.location.region == nil,
            let region = regionScore.filter({ $0.key.country == country }).max(by: {
                ($0.value, $1.key.name) < ($1.value, $0.key.name)
            })?.key
        {
            facts.location.region = region.name
        }
        facts.confidence[.location] = confidence(
            countryScore: countryScore, cityScore: cityScore.filter { $0.key.country == country },
            townScore: townScore, chosen: facts.location, onlyDateline: onlyDateline)
        if let confidence = facts.confidence[.location], confidence.level == .low, !onlyDateline {
            facts.warnings.append("location: close call, \(confidence.basis)")
        }
    }

    /// How sure the choice of place is: a clear winner, a town found by how the story
    /// introduces it, only a country, or a close call between two places.
    private static func confidence(
        countryScore: [String: Double], cityScore: [Place: Double], townScore: [String: Double], chosen: Location,
        onlyDateline: Bool
    ) -> FactConfidence {
        if onlyDateline { return FactConfidence(.low, "only the dateline names a place") }
        func closeCall(_ scores: [String: Double], _ winner: String?) -> String? {
            guard let winner, let best = scores[winner] else { return nil }
            let rival = scores.filter { $0.key != winner }.max { ($0.value, $1.key) < ($1.value, $0.key) }
            guard let rival, rival.value * 1.5 > best else { return nil }
            return "\(rival.key) is named nearly as often as \(winner)"
        }
        if let rival = closeCall(countryScore, chosen.country) { return FactConfidence(.low, rival) }
        var places: [String: Double] = townScore
        for (place, score) in cityScore { places[place.name] = max(places[place.name] ?? 0, score) }
        if let rival = closeCall(places, chosen.city) { return FactConfidence(.low, rival) }
        guard let city = chosen.city else { return FactConfidence(.medium, "the country only; no town named") }
        if cityScore.keys.contains(where: { $0.name == city }) {
            return FactConfidence(.high, "the place named most as where the attack happened")
        }
        return FactConfidence(.medium, "a town introduced as one (\"the town of ...\"), not in the gazetteer")
    }

    /// "KARACHI, Feb 17 (Reuters) -" or "PESHAWAR:" at the start of the story.
    private static func isDateline(_ sentence: Sentence, _ match: PhraseIndex<PlaceName>.Match) -> Bool {
        guard match.end < sentence.tokens.count else { return false }
        let word = sentence.tokens[match.start].text
        let next = sentence.tokens[match.end].text
        // "Oxa : Nine people ...": a colon after the opening place marks a dateline in any case.
        return word == word.uppercased() && [",", ":", "-", "("].contains(next) || next == ":"
    }
}
