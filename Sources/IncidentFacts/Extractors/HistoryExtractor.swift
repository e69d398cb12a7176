/// Collects the earlier attacks a story recalls: year, place, what, group and deaths.
enum HistoryExtractor {
    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        // How and when each entry's attack was told, by index: two recalls told with different
        // means, or in paragraphs naming different months, are two attacks.
        var told: [Told] = []
        for offset in analysis.historyIndexes {
            let sentence = analysis.sentences[offset]
            for span in attackParts(sentence.tokens, span: analysis.historySpan[offset]) {
                recall(span, of: sentence, at: offset, analysis, into: &facts, told: &told)
            }
        }
        recallLists(analysis, into: &facts)
    }

    /// Adds each place of a list of earlier attacks ("the attacks at Manchester Arena,
    /// Westminster Bridge and Finsbury Park") not recalled already. A list that names the site
    /// attacked or the day of the attack, or a list of sites in the lead, tells the attack itself
    /// ("attacks at the Taj Mahal Hotel, the Oberoi Hotel and the railway terminus"); a list of
    /// other cities in the lead ("adds the city to a list of targets that includes London and
    /// Paris") does not.
    static func recallLists(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        // The lead: up to the second sentence of body text.
        let leadCount =
            (analysis.sentences.indices.lazy.filter { ArticleAnalysis.isBodyText(analysis.sentences[$0]) }
                .prefix(2).last ?? -1) + 1
        let site = facts.location.site?.lowercased()
        for (offset, sentence) in analysis.sentences.enumerated() {
            let items = RecalledList.items(in: sentence.tokens, places: analysis.allPlaces[offset])
            guard !items.isEmpty,
                !items.contains(where: { $0.site != nil && $0.site?.lowercased() == site }),
                !analysis.allDates[offset].contains(where: { $0.date == facts.date }),
                offset >= leadCount || items.allSatisfy({ $0.site == nil })
            else { continue }
            let evidence = Evidence(paragraph: sentence.paragraph, text: sentence.text)
            // The one year the sentence's dates give ("last year"), if they give one.
            let years = Set(analysis.allDates[offset].map(\.date.year))
            let year = analysis.recalledYear[offset] ?? (years.count == 1 ? years.first : nil)
            for item in items {
                // A bare city that is the attack's own ("attacks in Paris, Brussels and Nice" in
                // a report from Nice) is this attack.
                if item.site == nil && item.place == facts.location.city { continue }
                let known = facts.history.contains { entry in
                    if let site = item.site { return entry.what?.lowercased() == site.lowercased() }
                    return entry.place == item.place && entry.what == nil
                }
                if known { continue }
                facts.history.append(
                    RecalledAttack(
                        year: year, place: item.place, what: item.site, perpetrator: nil, killed: nil,
                        evidence: evidence))
            }
        }
    }

    /// What tells one recalled attack from another of its year and place: how it was done
    /// ("rockets", "suicide") and the months its paragraph names ("In late March, ...").
    struct Told {
        var means: Set<String>
        var months: Set<Int>

        /// True when nothing in the two says they are different attacks.
        func agrees(with other: Told) -> Bool {
            (means.isEmpty || other.means.isEmpty || !means.isDisjoint(with: other.means))
                && (months.isEmpty || other.months.isEmpty || !months.isDisjoint(with: other.months))
        }
    }

    /// Words that tell how an attack was done, by kind: "five rockets were fired" and "a
    /// suicide bomber blew himself up" are two attacks, whatever else they share.
    static let meansWords: WordMap<String> = [
        "rocket": "rockets", "rockets": "rockets", "mortar": "rockets", "mortars": "rockets", "shelling": "rockets",
        "suicide": "suicide", "gunmen": "guns", "gunman": "guns", "shooting": "guns", "gunfire": "guns",
        "kidnapped": "kidnap", "abducted": "kidnap", "rammed": "vehicle", "stabbing": "knives", "stabbed": "knives",
    ]

    /// The kinds of means the tokens name.
    static func means(_ tokens: ArraySlice<Token>) -> Set<String> {
        Set(tokens.compactMap { meansWords[$0] })
    }

    /// "On Wednesday bombers hit two buses, and on Monday seven died when the airport was
    /// attacked": two recalled attacks, each part with its own day and attack word; otherwise
    /// the span is one.
    static func attackParts(_ tokens: [Token], span: Range<Int>) -> [Range<Int>] {
        func tellsADay(_ k: Int) -> Bool {
            guard k + 1 < tokens.count else { return false }
            // "; June 19, 2007, a district chief was killed": a chronology's next entry.
            if tokens[k].isCapitalized, DateExpressions.months[tokens[k]] != nil,
                DateExpressions.dayValue(tokens[k + 1].lower) != nil
            {
                return true
            }
            return ["on", "in", "last"].contains(tokens[k].lower)
                && (DateExpressions.weekdays[tokens[k + 1]] != nil
                    || tokens[k + 1].isCapitalized && DateExpressions.months[tokens[k + 1]] != nil)
        }
        // "in 2003": the year of one attack, where it is told.
        func inYear(_ k: Int) -> Int? {
            k > 0 && tokens[k - 1].lower == "in" ? DateExpressions.fullYear(tokens[k].lower) : nil
        }
        // "the bombing of a hotel in Oxa in 2003 and of an embassy in Ura in 2004": one attack
        // word for two attacks, each told with its own year. The parts meet at the "and of"
        // between the first year and the next different one (each found once: a long sentence
        // costs its length).
        func sharedAttackWordJoint(_ span: Range<Int>, after event: Int) -> Int? {
            guard let first = span.first(where: { inYear($0) != nil }), let year = inYear(first),
                let next = span.first(where: { $0 > first && inYear($0).map { $0 != year } == true })
            else { return nil }
            let from = max(first, event)
            guard from < next - 2 else { return nil }
            return (from..<(next - 2)).first { joinsASharedAttackWord(tokens, at: $0) }
        }
        let isEvent = { (k: Int) in Lexicon.historyEventWords.contains(tokens[k]) }
        // Where the span first names a day and an attack, and last names an attack: each
        // joint is then checked in constant time, so a long sentence costs its length.
        func split(_ span: Range<Int>) -> (Range<Int>, Range<Int>)? {
            guard let firstEvent = span.first(where: isEvent) else { return nil }
            if let k = sharedAttackWordJoint(span, after: firstEvent) {
                return (span.lowerBound..<k, (k + 1)..<span.upperBound)
            }
            guard let firstDay = span.first(where: tellsADay), let lastEvent = span.last(where: isEvent)
            else { return nil }
            for k in span where k >= span.lowerBound + 3 && k + 3 < span.upperBound {
                let joins = tokens[k].text == ";" || tokens[k].lower == "and" && tokens[k - 1].text == ","
                guard joins, tellsADay(k + 1) else { continue }
                let first = span.lowerBound..<(tokens[k].text == ";" ? k : k - 1)
                guard first.contains(firstDay), first.contains(firstEvent), lastEvent > k else { continue }
                return (first, (k + 1)..<span.upperBound)
            }
            return nil
        }
        // A chronology may have many parts; a few keep a hostile sentence linear.
        var parts: [Range<Int>] = []
        var rest = span
        while parts.count < 8, let (first, next) = split(rest) {
            parts.append(first)
            rest = next
        }
        return parts + [rest]
    }

    /// True when "and of" stands at `k`: the part after it shares the attack word before it ("the
    /// bombing of a hotel ... and of an embassy").
    static func joinsASharedAttackWord(_ tokens: [Token], at k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].lower == "and" && tokens[k + 1].lower == "of"
    }

    /// Adds the attack the tokens `span` of a sentence recall, or completes the entry of the
    /// same attack recalled before.
    private static func recall(
        _ span: Range<Int>, of sentence: Sentence, at offset: Int, _ analysis: ArticleAnalysis,
        into facts: inout FactSheet, told: inout [Told]
    ) {
        let tokens = sentence.tokens
        // "... and of an embassy in Ura in 2004": the part shares the attack word before it.
        guard
            span.lowerBound > 0 && joinsASharedAttackWord(tokens, at: span.lowerBound - 1)
                || tokens[span].contains(where: { Lexicon.historyEventWords.contains($0) }),
            !isNoSingleAttack(sentence, span: span)
        else { return }
        let year: Int?
        let yearPosition: Int
        if analysis.recalledWithoutYear.contains(offset) {
            // "In August it stormed a hotel", in a report that gives no date.
            (year, yearPosition) = (nil, analysis.allDates[offset].first?.position ?? span.lowerBound)
        } else if let y = analysis.recalledYear[offset] {
            // A day or month named for the earlier attack ("Last March") beats a year in a
            // comparison ("deadliest since 2018").
            (year, yearPosition) = (y, analysis.allDates[offset].first?.position ?? 0)
        } else if let (y, p) = earlierYear(
            in: tokens, span: span,
            // In an undated report's chronology every year is an earlier attack's, whatever
            // year the report seems to be of.
            currentYear: analysis.published == nil && DateMention.isChronology(analysis.allDates[offset])
                ? nil : analysis.currentYear)
        {
            (year, yearPosition) = (y, p)
        } else {
            return
        }
        // "JAKARTA, Indonesia - ...": a dateline names the bureau, not the earlier attack.
        let dateline = PlaceExtractor.datelineLength(sentence, analysis.allPlaces[offset].first)
        let named = analysis.allPlaces[offset].filter {
            span.contains($0.start) && $0.start >= dateline && !PlaceExtractor.namesAStreet(tokens, $0)
                && !PlaceExtractor.namesASpeakersPlace(tokens, $0)
        }
        // "Indonesian authorities suspect ...": a nationality tells who, not where; only "the
        // Indonesian bombings" places the attack, and "the Iraqi capital" names a city.
        // "a U.S. drone strike", "Israeli airstrikes": the country that struck from the air, not
        // where.
        let places = named.filter {
            ($0.end >= tokens.count || !airStrikeWords.contains(tokens[$0.end]))
                && (!$0.value.isDemonym || $0.end < tokens.count && Lexicon.historyEventWords.contains(tokens[$0.end]))
        }
        let capital = named.lazy.compactMap { PlaceExtractor.capitalNamed(tokens, $0) }.first
        // The place nearest the year, preferring a city.
        let nearest = places.min { abs($0.start - yearPosition) < abs($1.start - yearPosition) }
        // The city or region the attack was "in", else the first city named ("rocked the
        // Punjab provincial capital Lahore"), else the first region.
        // A city name that opens a longer name ("an Ariana Grande concert", not "Manchester
        // Arena") is someone's name first: such places come last.
        let nonCountries = places.filter { $0.value.places.first?.kind != .country }
        let locals =
            nonCountries.filter { !opensALongerName(tokens, $0.end) }
            + nonCountries.filter { opensALongerName(tokens, $0.end) }
        let local =
            locals.last { $0.start > 0 && tokens[$0.start - 1].lower == "in" }
            ?? locals.first { $0.value.places.first?.kind == .city } ?? locals.first
        // "at the city's main train station", "in the same city": the reported attack's city.
        let sameCity = tokens[span].indices.contains { k in
            tokens[k].lower == "city" && k > span.lowerBound
                && ["the", "same"].contains(tokens[k - 1].lower)
                && (k + 1 < span.upperBound && tokens[k + 1].text == "'s" || tokens[k - 1].lower == "same")
        }
        let place =
            local.map { $0.value.places[0].name } ?? capital?.name ?? namedPlace(tokens, in: span)
            ?? nearest.map { $0.value.places[0].name } ?? (sameCity ? facts.location.city : nil)
        // "In 2011, the group attacked ...": unnamed, the group is the one the story is about.
        // "X, the group responsible for ...": the name the apposition describes.
        let group =
            analysis.allGroups[offset].first { span.contains($0.start) || $0.end == span.lowerBound }.map {
                GroupExtractor.resolve($0.value, country: facts.location.country).name
            } ?? (refersToTheGroup(tokens[span]) ? facts.perpetrators.first?.name : nil)
        var killed: Int?
        for figure in CasualtyExtractor.figures(in: sentence, tokens: Array(tokens[span]))
        where figure.outcome == .killed && !figure.aboutAttackers {
            killed = figure.value
            break
        }
        let what = what(in: sentence, span: span)
        // The months named in the paragraph up to here (a few sentences back, to stay linear):
        // "In early June, a vehicle hit ... The vehicle continued ..." is June's attack, "In
        // late March, ..." another.
        let months = Set(
            analysis.sentences[max(0, offset - 4)...offset].lazy.filter { $0.paragraph == sentence.paragraph }
                .flatMap { $0.tokens.lazy.filter(\.isCapitalized).compactMap { DateExpressions.months[$0] } })
        let thisOne = Told(means: Self.means(tokens[span]), months: months)
        // The one day the recall names, if it names exactly one.
        let days = Set(analysis.allDates[offset].filter { span.contains($0.position) }.map(\.date))
        let day = days.count == 1 ? days.first : nil
        let evidence = Evidence(paragraph: sentence.paragraph, text: sentence.text)
        // One attack recalled twice ("the 2002 Bali bombings" ... "Indonesia's 2002 attacks"),
        // unless the two tell different sites or tolls: two attacks in one city that year. Two
        // parts of one sentence are two attacks.
        if let i = facts.history.indices.first(where: { i in
            let entry = facts.history[i]
            return entry.evidence != evidence && entry.year == year && samePlace(entry.place, place)
                && !differ(entry.what, what, by: { Set(siteWords($0)).isDisjoint(with: siteWords($1)) })
                && !differ(entry.killed, killed, by: !=)
                && told[i].agrees(with: thisOne)
        }) {
            told[i].means.formUnion(thisOne.means)
            told[i].months.formUnion(thisOne.months)
            if facts.history[i].killed == nil { facts.history[i].killed = killed }
            if facts.history[i].place == nil { facts.history[i].place = place }
            if facts.history[i].perpetrator == nil { facts.history[i].perpetrator = group }
            if facts.history[i].day == nil { facts.history[i].day = day }
            return
        }
        // A clause with a month and nothing else ("ended a ceasefire in November and has since
        // claimed attacks") is often no attack at all.
        let isClause = span != 0..<tokens.count
        if isClause && place == nil && what == nil && killed == nil { return }
        told.append(thisOne)
        facts.history.append(
            RecalledAttack(
                year: year, place: place, what: what, perpetrator: group, killed: killed,
                evidence: evidence, day: day))
    }

    /// Words after a country that make it the one that struck from the air.
    static let airStrikeWords: WordSet = ["drone", "drones", "airstrike", "airstrikes", "air", "warplanes", "jets"]

    /// Past violence that is no one attack: a running toll ("have been killed since 2011"), the
    /// start of an insurgency ("launched an insurgency in 1989"), or a battle
    /// between armed forces ("the scene of a fierce battle ..., in which 13 were killed").
    static func isNoSingleAttack(_ sentence: Sentence, span: Range<Int>) -> Bool {
        let tokens = sentence.tokens[span]
        if CasualtyExtractor.isRunningTotal(sentence) { return true }
        // "Some 40,000 died from 1990 to 2002 in the war": the toll of years, though "a
        // string of bombings between 2015 and 2017" is recalled.
        if spansYears(tokens), tokens.contains(where: { Lexicon.killedWords.contains($0) }) { return true }
        let lower = sentence.lower
        if insurgencyPhrases.occurs(in: lower), campaignStartWords.occurs(in: lower) { return true }
        // "warned of the possibility of an attack", "spoke of a treacherous attack": every
        // attack word is one talked of, not one that happened then.
        // (A part that shares the attack word of the part before has none of its own.)
        let talkedOf =
            tokens.contains { Lexicon.historyEventWords.contains($0) }
            && tokens.indices.allSatisfy { k in
                guard Lexicon.historyEventWords.contains(tokens[k]) else { return true }
                return tokens[max(tokens.startIndex, k - 5)..<k].contains { hypotheticalWords.contains($0) }
            }
        if talkedOf { return true }
        if tellsManyAttacks(tokens, lower) { return true }
        // A battle: the only attack words are its dead and wounded.
        let onlyCasualties = tokens.allSatisfy {
            !Lexicon.historyEventWords.contains($0) || ["killed", "wounded", "injured", "killing"].contains($0.lower)
        }
        return onlyCasualties && battleWords.occurs(in: lower)
    }

    /// "more than 80 attacks on the pipeline in 2018", "has stepped up attacks since 2011", "TTP
    /// attacks have seen a spike since November": every attack word is a plural counted in many or
    /// told as a trend, of no one day: a campaign rather than one attack.
    static func tellsManyAttacks(_ tokens: ArraySlice<Token>, _ lower: String) -> Bool {
        let events = tokens.indices.filter { Lexicon.historyEventWords.contains(tokens[$0]) }
        guard !events.isEmpty, events.allSatisfy({ pluralAttackNouns.contains(tokens[$0]) }) else { return false }
        // "three bombs that failed on buses in Oxa on May 3rd": attacks of one day are one coordinated attack.
        let namesADay = tokens.indices.contains { k in
            DateExpressions.months[tokens[k]] != nil && tokens[k].isCapitalized
                && [k - 1, k + 1].contains {
                    tokens.indices.contains($0) && DateExpressions.dayValue(tokens[$0].lower) != nil
                }
        }
        if namesADay { return false }
        if trendPhrases.occurs(in: lower) { return true }
        return events.allSatisfy { k in
            tokens[max(tokens.startIndex, k - 3)..<k].contains { token in
                manyWords.contains(token) || NumberReader.value(of: token).map { $0 >= 3 } ?? false
            }
        }
    }
    static let pluralAttackNouns: WordSet = ["attacks", "bombings", "blasts", "shootings", "raids", "explosions"]
    static let manyWords: WordSet = ["dozens", "hundreds", "scores", "numerous", "thousands"]
    static let trendPhrases: PhraseList = [
        "stepped up", "step up", "spike", "surge", "increase in", "rise in", "upsurge", "escalated",
    ]

    /// "from 1990 to 2002", "between 2004 and 2010": years, not a day.
    static func spansYears(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.indices.dropLast().contains { k in
            guard ["from", "between"].contains(tokens[k].lower), DateExpressions.fullYear(tokens[k + 1].lower) != nil
            else { return false }
            let next = tokens[(k + 2)..<min(tokens.endIndex, k + 4)]
            return next.contains { ["to", "until", "through", "and"].contains($0.lower) }
        }
    }

    /// Words before an attack word that make it one feared, planned or spoken of.
    static let hypotheticalWords: WordSet = [
        "warned", "warning", "possibility", "threat", "threats", "risk", "plot", "plotting", "planned", "planning",
        "feared", "fears", "spoke", "prevent", "prevented", "foiled",
    ]
    static let insurgencyPhrases: PhraseList = ["insurgency", "uprising", "rebellion", "civil war", "armed struggle"]
    static let campaignStartWords: PhraseList = ["launched", "began", "started", "erupted", "broke out"]
    static let battleWords: PhraseList = ["battle", "clashes", "firefight", "gunbattle", "fighting between"]

    /// True when both are known and `different` says they differ.
    private static func differ<T>(_ a: T?, _ b: T?, by different: (T, T) -> Bool) -> Bool {
        guard let a, let b else { return false }
        return different(a, b)
    }

    /// The words of a site's name that tell it apart ("mosque", "ahmadi"), lowercased.
    private static func siteWords(_ site: String) -> [String] {
        site.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 && $0 != "the" }
    }

    /// "the (militant) group attacked ...": the group as the subject of the attack, not "a
    /// spokesman for the group".
    static func refersToTheGroup(_ tokens: ArraySlice<Token>) -> Bool {
        let words = tokens.map { $0.lower }
        return words.indices.dropFirst().dropLast().contains { k in
            let named =
                words[k - 1] == "the"
                || k >= 2 && words[k - 2] == "the"
                    && ["terrorist", "militant", "insurgent", "jihadist", "armed"].contains(words[k - 1])
            return words[k] == "group" && named
                && ["attacked", "stormed", "bombed", "targeted", "struck", "killed", "carried"].contains(words[k + 1])
        }
    }

    /// True when two recalled places can be the same attack: equal, one missing, a city and
    /// its country, or a city and its region ("Kuta" and "Bali").
    static func samePlace(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        let gazetteer = Gazetteer.shared
        func country(_ name: String) -> String? {
            if gazetteer.countries[name] != nil { return name }
            return gazetteer.citiesByName[name.lowercased()]?.first?.country
        }
        func region(_ name: String) -> String? { gazetteer.citiesByName[name.lowercased()]?.first?.region }
        return (gazetteer.countries[a] != nil && country(b) == a) || (gazetteer.countries[b] != nil && country(a) == b)
            || region(a) == b || region(b) == a
    }

    /// True when a capitalised word that names no site follows the place ending at `end`
    /// ("Ariana Grande", "Paris Hilton"); "Manchester Arena", "Kuta Beach" name sites.
    static func opensALongerName(_ tokens: [Token], _ end: Int) -> Bool {
        end < tokens.count && tokens[end].isCapitalized && !SiteFinder.siteNouns.contains(tokens[end])
            && !["Beach", "Province", "City", "District", "Region", "State"].contains(tokens[end].text)
    }

    /// "in San Ysidro, California": a place the gazetteer does not know, named after "in".
    static func namedPlace(_ tokens: [Token], in span: Range<Int>) -> String? {
        var k = span.lowerBound
        while k + 1 < span.upperBound {
            if tokens[k].lower == "in", tokens[k + 1].isCapitalized, DateExpressions.months[tokens[k + 1]] == nil,
                Int(tokens[k + 1].lower) == nil
            {
                var end = k + 1
                while end < span.upperBound, tokens[end].isCapitalized, Int(tokens[end].lower) == nil { end += 1 }
                // "our correspondent in Islamabad says": where the speaker is.
                if end - (k + 1) <= 3, !PlaceExtractor.speakerVerbFollows(tokens, end) {
                    return tokens[(k + 1)..<end].map { $0.text }.joined(separator: " ")
                }
            }
            k += 1
        }
        return nil
    }

    /// The first year before the current one, and where it is.
    private static func earlierYear(in tokens: [Token], span: Range<Int>, currentYear: Int?) -> (Int, Int)? {
        for k in span {
            guard let year = DateExpressions.fullYear(tokens[k].lower) else { continue }
            if let currentYear, year >= currentYear { continue }
            if ArticleAnalysis.isBirthOrPhotoYear(tokens, at: k) { continue }
            return (year, k)
        }
        return nil
    }

    /// The object of the earlier attack: "the PNS Mehran naval base", "Jinnah International Airport".
    private static func what(in sentence: Sentence, span: Range<Int>) -> String? {
        let tokens = Array(sentence.tokens[span])
        for (k, token) in tokens.enumerated()
        where ["attacked", "stormed", "on", "targeted", "at", "bombed", "of", "in"].contains(token.lower) {
            var j = k + 1
            if j < tokens.count, tokens[j].lower == "the" || tokens[j].lower == "a" { j += 1 }
            let start = j
            var lastNoun = -1
            while j < tokens.count,
                tokens[j].isCapitalized || SiteFinder.siteNouns.contains(tokens[j])
                    || ["naval", "air", "military", "army", "police", "international", "twin"].contains(tokens[j].lower)
                    || tokens[j].text == "." && j > start && tokens[j - 1].text.contains(".")
            {
                if SiteFinder.siteNouns.contains(tokens[j]) { lastNoun = j }
                j += 1
            }
            // "attacked PNS Mehran - a naval base": a name the verb takes is the site.
            if lastNoun < start, ["attacked", "stormed", "targeted", "bombed"].contains(token.lower), j > start,
                j - start <= 4, tokens[start].isCapitalized, DateExpressions.months[tokens[start]] == nil
            {
                let words = tokens[start..<j].map { $0.text }
                let name = SiteFinder.join(words)
                if Gazetteer.shared.citiesByName[name.lowercased()] == nil && Gazetteer.shared.countries[name] == nil {
                    return name
                }
            }
            if lastNoun >= start, lastNoun - start < 7, DateExpressions.months[tokens[start]] == nil {
                var words: [String] = []
                for token in tokens[start...lastNoun] {
                    if token.text == ".", !words.isEmpty {
                        words[words.count - 1] += "."
                    } else {
                        words.append(token.text)
                    }
                }
                if words.count == 1 && Gazetteer.shared.citiesByName[words[0].lowercased()] != nil { continue }
                return SiteFinder.join(words)
            }
        }
        return nil
    }
}
