/// What every extractor needs about one article: its sentences, their date mentions, the
/// places and groups they name, and which sentences recall earlier attacks.
struct ArticleAnalysis {
    let text: ArticleText
    let published: SimpleDate?
    /// The days of the month a ` date YYYY-MM ` header names, when no day of publication is known.
    let publishedMonth: ClosedRange<SimpleDate>?
    /// The year of the reported incident, as far as the article says.
    let currentYear: Int?
    /// Set when the article narrates an attack long past (an explainer, "on this day").
    let narration: Narration?
    /// The headline, when the first paragraph is one.
    let headline: Sentence?
    /// Sentences of the story proper (headline included, page clutter skipped).
    let sentences: [Sentence]
    /// Per sentence, the tokens that recall earlier attacks: all of them, none (an empty range
    /// at the end), or a comparison clause ("... deadliest since the 2019 attack, ...").
    private(set) var historySpan: [Range<Int>]
    /// Sentences not wholly about earlier attacks, with their index; brought in step with
    /// `historySpan` at the end of each method that changes it (not on every change, which
    /// would cost the square of the article's length).
    private(set) var currentSentences: [(offset: Int, sentence: Sentence)] = []
    /// The year of a same-year attack a sentence recalls ("Sunday's attack on the airport",
    /// "earlier this year"), by sentence index.
    private(set) var recalledYear: [Int: Int] = [:]
    /// Sentences of an undated report that recall an attack by its month alone ("In August it
    /// stormed a hotel"): an earlier attack, in a year the text does not give.
    private(set) var recalledWithoutYear: Set<Int> = []
    /// Places, groups and dates of the current story (before each sentence's history cut).
    private(set) var places: [[PhraseIndex<PlaceName>.Match]]
    private(set) var groups: [[PhraseIndex<[ArmedGroup]>.Match]]
    private(set) var dates: [[DateMention]]
    /// Every date mention, history included.
    let allDates: [[DateMention]]
    /// Every place and group, history included.
    let allPlaces: [[PhraseIndex<PlaceName>.Match]]
    let allGroups: [[PhraseIndex<[ArmedGroup]>.Match]]

    init(text: ArticleText, published: SimpleDate?) {
        self.text = text
        self.published = published
        publishedMonth = published == nil ? text.headerMonth.flatMap(ArticleAnalysis.days(ofMonth:)) : nil
        let gazetteer = Gazetteer.shared
        let sentences = text.sentences.filter { !ArticleAnalysis.isClutter($0) }
        self.sentences = sentences
        // The first line that reads as a headline, past a date line or a dateline on its own.
        headline = sentences.prefix(3).prefix { $0.paragraph <= 3 }.first {
            ArticleAnalysis.looksLikeHeadline($0, text) && !ArticleAnalysis.isDateLine($0)
                && Dateline.agency(opening: $0.text[...]) == nil
        }
        var groups: [[PhraseIndex<[ArmedGroup]>.Match]] = []
        var places: [[PhraseIndex<PlaceName>.Match]] = []
        var dates: [[DateMention]] = []
        var unlistedLeft = UnlistedGroups.perArticle
        for sentence in sentences {
            var groupMatches = gazetteer.groups.matches(
                in: sentence.tokens, allCaps: text.isAllCaps, shortAcronyms: text.isAllCaps)
            if text.isAllCaps {
                groupMatches.removeAll { !GroupNameInCapitals.isGroup($0, in: sentence.tokens) }
            }
            groupMatches.removeAll { GroupExtractor.beginsAnotherName($0, in: sentence.tokens) }
            if !text.isAllCaps && unlistedLeft > 0 {
                // Names the list lacks, where no listed name already stands. A report names a
                // few groups: a bounded number keeps a text of thousands of made-up names linear.
                var unlisted = UnlistedGroups.matches(in: sentence.tokens, limit: unlistedLeft)
                if !unlisted.isEmpty && !groupMatches.isEmpty {
                    var listed = [Bool](repeating: false, count: sentence.tokens.count)
                    for match in groupMatches { for k in match.start..<match.end { listed[k] = true } }
                    unlisted.removeAll { listed[$0.start..<$0.end].contains(true) }
                }
                if !unlisted.isEmpty {
                    unlistedLeft -= unlisted.count
                    groupMatches += unlisted
                    groupMatches.sort { $0.start < $1.start }
                }
            }
            groups.append(groupMatches)
            // A place inside a group's name ("Baloch Liberation Army") is not a place: `reach[i]`
            // is how far the group names starting at or before token i go.
            var placeMatches = gazetteer.places.matches(in: sentence.tokens, allCaps: text.isAllCaps)
            if !groupMatches.isEmpty && !placeMatches.isEmpty {
                var reach = [Int](repeating: 0, count: sentence.tokens.count + 1)
                for match in groupMatches { reach[match.start] = max(reach[match.start], match.end) }
                for i in reach.indices.dropFirst() { reach[i] = max(reach[i], reach[i - 1]) }
                placeMatches.removeAll { reach[$0.start] >= $0.end }
            }
            places.append(placeMatches)
            dates.append(
                DateExpressions.find(
                    in: sentence.tokens, reference: published, yearHint: publishedMonth?.upperBound,
                    allCaps: text.isAllCaps))
        }
        allGroups = groups
        allPlaces = places
        narration = Narration.find(sentences, dates: dates, published: published)
        var year = narration?.year ?? published?.year
        if year == nil {
            year = dates.lazy.flatMap { $0 }.first { $0.kind == .absolute }?.date.year
        }
        currentYear = year
        var spans: [Range<Int>] = []
        for (i, sentence) in sentences.enumerated() {
            spans.append(
                ArticleAnalysis.historySpan(
                    sentence, currentYear: year, dates: dates[i], narrated: narration != nil,
                    undated: published == nil && publishedMonth == nil))
        }
        historySpan = spans
        currentSentences = Self.current(sentences, spans)
        allDates = dates
        self.groups = groups.enumerated().map { i, list in list.filter { !spans[i].contains($0.start) } }
        self.places = places.enumerated().map { i, list in list.filter { !spans[i].contains($0.start) } }
        self.dates = dates.enumerated().map { i, list in list.filter { !spans[i].contains($0.position) } }
    }

    /// "last week's arrest of the suspect", "Sunday's election": a day that, by its possessive,
    /// dates something other than an attack.
    static func datesSomethingElse(_ tokens: [Token], at position: Int) -> Bool {
        guard let s = tokens[position..<min(tokens.count, position + 3)].firstIndex(where: { $0.text == "'s" }),
            s + 1 < tokens.count
        else { return false }
        // The words the day qualifies, adjectives included ("Sunday's deadly twin blasts").
        let phrase = tokens[(s + 1)..<min(tokens.count, s + 4)].prefix { $0.startsWithLetter && !$0.isCapitalized }
        return !phrase.isEmpty
            && !phrase.contains { Lexicon.historyEventWords.contains($0) || Lexicon.attackNouns.contains($0) }
    }

    /// Marks sentences about an attack earlier than the reported one, though in the same year:
    /// every day they name is before the incident day, or they say "earlier this year".
    mutating func markEarlierAttacks(before incidentDay: SimpleDate?) {
        // A report with no date at all tells its attack's weekdays in the paragraph that first
        // tells an attack ("took credit on Monday ... On Sunday night, gunmen entered"); an attack
        // a later paragraph dates by another weekday ("killing nearly 200 on Thursday", "the
        // Thursday bombing") is another one, of a year the text does not give.
        let reportDays =
            incidentDay == nil && published == nil && publishedMonth == nil ? Self.leadWeekdays(sentences) : nil
        for (i, sentence) in sentences.enumerated() {
            // A sentence already about the past ("a similar attack") may still need its year:
            // "Last September, the airport suffered a similar attack", when it writes none.
            let wholeAlready = historySpan[i] == 0..<sentence.tokens.count
            if wholeAlready && (recalledYear[i] != nil || Self.writesAYear(sentence.tokens)) { continue }
            guard
                Lexicon.historyEventWords.occurs(in: sentence.tokens)
                    || WeaponExtractor.hitByVehicle(sentence.tokens)
            else { continue }
            // A sentence already about the past keeps its days in `allDates` only ("On Tuesday,
            // bombers killed six in similar attacks").
            let days = (wholeAlready ? allDates[i] : dates[i]).filter {
                ($0.kind != .absolute || $0.date.year == incidentDay?.year)
                    && !Self.datesSomethingElse(sentence.tokens, at: $0.position)
            }
            var year: Int?
            var yearless = false
            var clauseSpan: Range<Int>?
            // Weekdays alone ("arrested on Friday") tell of the days around the incident, not of an
            // earlier attack the sentence dates by its month ("killed 130 in Oxa in November").
            let onlyWeekdays = days.allSatisfy { $0.kind == .weekday || $0.kind == .relative }
            if let incidentDay, !days.isEmpty, days.allSatisfy({ $0.date < incidentDay }),
                !(onlyWeekdays && Self.namesAnotherMonth(sentence.tokens, than: incidentDay))
            {
                year = days[0].date.year
            } else if Self.earlierThisYear.occurs(in: sentence.lower) {
                year = incidentDay?.year ?? published?.year
            }
            // "Last March, a suicide bomber attacked a mosque" or "the attacks in November": another
            // month than the incident's is an earlier attack, in the latest such month before now.
            // A report with no date at all tells its own attack by weekday ("on Friday"); a month
            // it names alone is another attack's, of a year it does not say.
            let reference = incidentDay ?? published
            // Past its opening paragraphs, which tell the report's own attack.
            let undatedReport = reference == nil && publishedMonth == nil && sentence.paragraph > 2
            if year == nil, reference != nil || undatedReport {
                let tokens = sentence.tokens
                // Each month looked at may scan its clause: a few per sentence keep a sentence of
                // hostile length linear.
                var monthsLeft = 8
                for (k, token) in tokens.enumerated()
                where (Self.monthOpeners.contains(token) || token.lower == "on") && k + 1 < tokens.count {
                    // "in late March", "since early June"
                    let m =
                        k + 1 < tokens.count - 1 && ["early", "mid", "late"].contains(tokens[k + 1].lower)
                        ? k + 2 : k + 1
                    guard let month = DateExpressions.months[tokens[m]], tokens[m].isCapitalized,
                        month != reference?.month
                    else { continue }
                    let hasDay = m + 1 < tokens.count && DateExpressions.dayValue(tokens[m + 1].lower) != nil
                    if hasDay {
                        // "on Feb 22" in a report dated only by its text: a day the date reader left
                        // without a year. An earlier month of the report's year is an earlier attack.
                        guard let reference, month < reference.month,
                            !allDates[i].contains(where: { (k...(m + 1)).contains($0.position) })
                        else { continue }
                    } else if token.lower == "on" || tokens[m].text.utf8.count <= 3 {
                        continue
                    }
                    // "a July suicide bombing": the month names an attack, not "a March report".
                    if token.lower == "a", !Self.namesAnAttack(tokens, after: m) { continue }
                    monthsLeft -= 1
                    if monthsLeft < 0 { break }
                    // "In March 2017" in a story of June 2017: earlier the same year.
                    let written = !hasDay && m + 1 < tokens.count ? DateExpressions.yearValue(tokens[m + 1].lower) : nil
                    if let reference {
                        if let written, written != reference.year || month > reference.month { continue }
                        year = month < reference.month ? reference.year : reference.year - 1
                    } else {
                        // A year written out is dated already; the month alone gives none.
                        if written != nil { continue }
                        yearless = true
                    }
                    var last = written == nil && !hasDay ? m : m + 1
                    // "struck in February and June": two months of the clause, both before the report's.
                    if written == nil, !hasDay, last + 2 < tokens.count, tokens[last + 1].lower == "and",
                        tokens[last + 2].isCapitalized, let second = DateExpressions.months[tokens[last + 2]],
                        let reference, second < reference.month
                    {
                        last += 2
                    }
                    // "In late March, a car ..." opens on the earlier attack: all of it is about that.
                    // "... who killed 130 in Oxa in November." closes it: the clause it ends is.
                    let closesClause = last + 1 >= tokens.count || [".", ",", ";"].contains(tokens[last + 1].text)
                    let opening = tokens[..<k].lastIndex { $0.text == "," || $0.text == ";" }.map { $0 + 1 }
                    // "... an attack that killed 6 in October, when ...": from the sentence's
                    // start when no comma opens the clause and it tells the dead (not "stepped
                    // up attacks since it ended its truce in November").
                    let tellsTheDead = tokens[..<k].contains {
                        Lexicon.killedWords.contains($0) || Lexicon.injuredWords.contains($0)
                            || Lexicon.historyEventWords.contains($0)
                    }
                    let fromStart = opening == nil && tellsTheDead && !tokens[..<k].contains { $0.lower == "since" }
                    if closesClause, k > 0, opening != nil || fromStart {
                        // "... in July, which killed 33": a relative clause after it goes with it.
                        let end =
                            last + 1 < tokens.count && tokens[last + 1].text == ","
                            ? ArticleAnalysis.clauseEnd(tokens, from: last + 1) : last + 1
                        clauseSpan = (opening ?? 0)..<end
                    } else if token.lower != "last" && k > 0 {
                        clauseSpan = k..<ArticleAnalysis.clauseEnd(tokens, from: k)
                    }
                }
            }
            if year == nil, !yearless, let (days, leadEnd) = reportDays, i > leadEnd {
                let named = Self.weekdaysNamed(sentence.tokens)
                if !named.isEmpty, days.isDisjoint(with: named) { yearless = true }
            }
            if year == nil, OtherAttackMarkers.opensAnotherAttack(sentence.tokens) {
                year = incidentDay?.year ?? published?.year
            }
            // "late last year", "three years ago": counted back from the incident's year, in a
            // sentence that does not also tell this attack's day ("killed Friday ... reeling from
            // last year's attacks") nor a campaign ("a wave of attacks late last year").
            let namesThisWeek = allDates[i].contains { $0.kind == .weekday || $0.kind == .relative }
            if year == nil, wholeAlready, !namesThisWeek, !Self.campaignWords.occurs(in: sentence.lower),
                let back = Self.yearsBack(sentence.tokens), let now = incidentDay?.year ?? published?.year
            {
                year = now - back
            }
            // "X, the group behind the bombings three years ago": the apposition is history already.
            let partial = historySpan[i]
            if year == nil, !partial.isEmpty, !wholeAlready, let back = Self.yearsBack(Array(sentence.tokens[partial])),
                let now = incidentDay?.year ?? published?.year
            {
                year = now - back
                clauseSpan = partial
            }
            // "The blasts came four days after bombings in Riyadh killed 34": only that clause.
            // "It came hours before another mass shooting in Dayton, and a week after a gunman
            // killed three in Gilroy": the sentence is about other attacks, but only the clause
            // after "after" recalls an earlier one.
            var narrowsAWholeSentence = false
            if year == nil, historySpan[i].isEmpty || wholeAlready,
                let clause = OtherAttackMarkers.recalledClause(sentence.tokens, placeStarts: placeStarts(i))
            {
                narrowsAWholeSentence = wholeAlready
                // A year the clause writes out is its attack's ("... like the ones in the 1998 raids"),
                // else the years it lies back ("four years after ...").
                let written = dates[i].first { clause.contains($0.position) && $0.kind == .absolute }
                let now = incidentDay?.year ?? published?.year
                let back = OtherAttackMarkers.yearsBefore(sentence.tokens.map(\.lower), after: clause.lowerBound)
                year = written?.date.year ?? now.map { $0 - (back ?? 0) }
                // A report of no known date: an earlier attack, of a year the text does not give.
                yearless = year == nil
                clauseSpan = clause
            }
            if let year {
                recalledYear[i] = year
            } else if yearless {
                recalledWithoutYear.insert(i)
            } else {
                continue
            }
            if narrowsAWholeSentence, let span = clauseSpan {
                // Its places, groups and dates stay out of the current story, as before.
                historySpan[i] = span
                continue
            }
            if wholeAlready { continue }
            if let span = clauseSpan {
                // Only the clause that names the month is about the earlier attack.
                historySpan[i] = span
                places[i] = places[i].filter { !span.contains($0.start) }
                groups[i] = groups[i].filter { !span.contains($0.start) }
                dates[i] = dates[i].filter { !span.contains($0.position) }
                continue
            }
            historySpan[i] = 0..<sentence.tokens.count
            places[i] = []
            groups[i] = []
            dates[i] = []
        }
        currentSentences = Self.current(sentences, historySpan)
    }

    /// The weekdays named in the paragraph that first tells an attack, and the index of its last
    /// sentence; nil when it names none.
    static func leadWeekdays(_ sentences: [Sentence]) -> (Set<Int>, Int)? {
        guard
            let first = sentences.firstIndex(where: { Lexicon.attackWords.occurs(in: $0.tokens) })
        else { return nil }
        var days = Set<Int>()
        var end = first
        while end < sentences.count, sentences[end].paragraph == sentences[first].paragraph {
            days.formUnion(weekdaysNamed(sentences[end].tokens))
            end += 1
        }
        return days.isEmpty ? nil : (days, end - 1)
    }

    /// The weekdays a sentence names, in order, leaving out days of statements.
    static func weekdaysNamed(_ tokens: [Token]) -> [Int] {
        tokens.indices.compactMap { k in
            guard let day = DateExpressions.weekdays[tokens[k]], tokens[k].isCapitalized,
                !DateExpressions.datesAStatement(tokens, at: k)
            else { return nil }
            return day
        }
    }

    /// Words that date a recalled attack to this year without naming its day.
    static let earlierThisYear: PhraseList = ["earlier this year", "earlier this month", "last month", "this year's"]

    /// Words for many attacks over a time, which are no one attack to recall.
    static let campaignWords: PhraseList = [
        "wave of", "series of attacks", "spate of", "string of", "campaign of", "surge in", "spike in",
    ]

    /// How many years back the sentence puts its event: "last year", "a year earlier" (1),
    /// "three years ago", "marked three years since the bombing" (3).
    static func yearsBack(_ tokens: [Token]) -> Int? {
        let words = tokens.map { $0.lower }
        for k in words.indices.dropFirst() where words[k] == "year" || words[k] == "years" {
            let next = k + 1 < words.count ? words[k + 1] : ""
            if words[k] == "year" {
                if words[k - 1] == "last" || words[k - 1] == "previous" { return 1 }
                if ["ago", "earlier", "before"].contains(next), ["a", "one"].contains(words[k - 1]) { return 1 }
            } else if ["ago", "earlier", "before", "since"].contains(next),
                let n = NumberReader.value(of: words[k - 1]),
                (2...80).contains(n)
            {
                return n
            }
        }
        return nil
    }

    /// "born in 2012", "born 1966", "(pictured in 2013)": the year someone was born or a
    /// photo was taken, no event's.
    static func isBirthOrPhotoYear(_ tokens: [Token], at k: Int) -> Bool {
        k >= 1 && birthOrPhotoWords.contains(tokens[k - 1])
            || k >= 2 && tokens[k - 1].lower == "in" && birthOrPhotoWords.contains(tokens[k - 2])
    }
    static let birthOrPhotoWords: WordSet = ["born", "pictured", "photographed"]

    /// Words before a month that recalls an attack: "last March", "in late June", "a July bombing".
    static let monthOpeners: WordSet = ["last", "in", "the", "since", "during", "a"]

    /// True when an attack word follows a month, past a few describing words: "a July suicide
    /// bombing", "a March car bomb attack".
    static func namesAnAttack(_ tokens: [Token], after m: Int) -> Bool {
        tokens[(m + 1)..<min(m + 4, tokens.count)].contains { Lexicon.historyEventWords.contains($0) }
    }

    /// True when the sentence writes a year ("in 2019").
    static func writesAYear(_ tokens: [Token]) -> Bool {
        tokens.contains { DateExpressions.fullYear($0.lower) != nil }
    }

    /// True when the sentence names a month on its own ("in November", "last March"), other
    /// than the incident's.
    static func namesAnotherMonth(_ tokens: [Token], than day: SimpleDate) -> Bool {
        tokens.indices.dropFirst().contains { m in
            guard let month = DateExpressions.months[tokens[m]], month != day.month, tokens[m].isCapitalized,
                tokens[m].text.utf8.count > 3, ["in", "last", "since", "during"].contains(tokens[m - 1].lower)
            else { return false }
            return m + 1 >= tokens.count
                || DateExpressions.dayValue(tokens[m + 1].lower) == nil
                    && DateExpressions.yearValue(tokens[m + 1].lower) == nil
        }
    }

    /// "The latter bomb attack killed over 100 people": a sentence that points back to the
    /// attack the sentence before it recalled is about that attack too.
    static let pointingBack: [[String]] = [
        ["the", "latter"], ["the", "former"], ["that", "attack"], ["that", "bombing"], ["those", "attacks"],
        ["that", "blast"], ["the", "earlier", "attack"],
    ]

    /// A paragraph that opens on an earlier attack goes on about it: its next sentences, when
    /// they name no day of their own, are about that attack too ("The death toll from Sunday's
    /// attack has jumped. The BBC now counts 38 dead.").
    mutating func continueEarlierParagraphs() {
        for j in sentences.indices.dropFirst() where historySpan[j].isEmpty && !historySpan[j - 1].isEmpty {
            let words = sentences[j].tokens.prefix(3).map { $0.lower }
            guard sentences[j].paragraph == sentences[j - 1].paragraph,
                Self.pointingBack.contains(where: { words.starts(with: $0) })
                    || dates[j].isEmpty && historySpan[j - 1] == 0..<sentences[j - 1].tokens.count
                        && Self.namesTheAttackOf(sentences[j - 1], in: sentences[j].tokens)
            else { continue }
            historySpan[j] = 0..<sentences[j].tokens.count
            recalledYear[j] = recalledYear[j - 1]
            if recalledWithoutYear.contains(j - 1) { recalledWithoutYear.insert(j) }
            places[j] = []
            groups[j] = []
        }
        var i = 0
        while i < sentences.count {
            let opener = sentences[i]
            let wholeHistory = historySpan[i] == 0..<opener.tokens.count
            let opensParagraph = i == 0 || sentences[i - 1].paragraph != opener.paragraph
            guard wholeHistory, opensParagraph else { i += 1; continue }
            var j = i + 1
            while j < sentences.count, sentences[j].paragraph == opener.paragraph, dates[j].isEmpty,
                historySpan[j].isEmpty
            {
                historySpan[j] = 0..<sentences[j].tokens.count
                recalledYear[j] = recalledYear[i]
                if recalledWithoutYear.contains(i) { recalledWithoutYear.insert(j) }
                places[j] = []
                groups[j] = []
                j += 1
            }
            i = j
        }
        currentSentences = Self.current(sentences, historySpan)
    }

    /// "More than 200 were injured in the suicide bombing", after a sentence about an earlier
    /// suicide attack: "the" and an attack noun with a describing word the sentence before used.
    static func namesTheAttackOf(_ previous: Sentence, in tokens: [Token]) -> Bool {
        // The previous sentence's words, made once and only when a candidate turns up: a long
        // pair of sentences costs their lengths, not their product.
        lazy var previousWords = Set(previous.tokens.map(\.lower))
        return tokens.indices.dropFirst(2).contains { k in
            guard Lexicon.attackNouns.contains(tokens[k]), tokens[k - 2].lower == "the" else { return false }
            let describing = tokens[k - 1]
            return !Lexicon.attackNouns.contains(describing) && describing.lower.count > 3
                && previousWords.contains(describing.lower)
        }
    }

    /// Where sentence `i` names places, and the place each name most likely is.
    func placeStarts(_ i: Int) -> [(start: Int, name: String)] {
        places[i].compactMap { match in match.value.places.first.map { (match.start, $0.name) } }
    }

    /// Indexes of sentences that recall earlier attacks, wholly or in a clause.
    var historyIndexes: [Int] {
        sentences.indices.filter { !historySpan[$0].isEmpty }
    }

    /// The tokens of sentence `index` about the current story: a history clause is replaced by
    /// a ";" so figures on either side stay apart.
    func currentTokens(_ index: Int) -> [Token] {
        let tokens = sentences[index].tokens
        let span = historySpan[index]
        if span.isEmpty { return tokens }
        return Array(tokens[..<span.lowerBound]) + [Token(text: ";", lower: ";", isCapitalized: false)]
            + Array(tokens[span.upperBound...])
    }

    /// Sentences of the current story (not about earlier attacks).
    private static func current(_ sentences: [Sentence], _ historySpan: [Range<Int>]) -> [(
        offset: Int, sentence: Sentence
    )] {
        sentences.enumerated().filter { historySpan[$0.offset] != 0..<$0.element.tokens.count }.map {
            ($0.offset, $0.element)
        }
    }

    /// The lead: the first three sentences, or the first four paragraphs when clutter (an
    /// outlet's name, a time stamp) fills those sentences, and in any case the story's first three
    /// sentences of body text, which may come after a headline, a standfirst and a byline.
    var lead: ArraySlice<Sentence> {
        let opening = sentences.prefix { $0.index < 3 || $0.paragraph <= 4 }.count
        let body = sentences.indices.lazy.filter { ArticleAnalysis.isBodyText(sentences[$0]) }.prefix(3)
        return sentences.prefix(max(opening, (body.last ?? -1) + 1))
    }

    /// A sentence of story text: a full sentence, not a headline, caption or byline.
    static func isBodyText(_ sentence: Sentence) -> Bool {
        sentence.tokens.count >= 12 && sentence.text.hasSuffix(".")
    }

    /// Weight of a sentence by position: the headline and lead count most.
    func weight(_ index: Int) -> Double {
        let sentence = sentences[index]
        if let headline, headline.index == sentence.index { return 3 }
        if sentence.paragraph <= 2 { return 3 }
        if sentence.paragraph <= 4 { return 2 }
        return 1
    }

    /// A short paragraph without a final full stop, first in the story, is a headline.
    static func looksLikeHeadline(_ sentence: Sentence, _ text: ArticleText) -> Bool {
        guard text.paragraphs.count > 1, sentence.paragraph < text.paragraphs.count else { return false }
        let paragraph = text.paragraphs[sentence.paragraph - 1]
        guard paragraph == sentence.text, paragraph.count <= 160, let last = paragraph.last else { return false }
        return last != "." && last != ":" && sentence.tokens.count >= 3
    }

    /// "Tuesday, August 19, 2008", "28 Dec 2008", "This story is from August 26, 2007", or a date
    /// in another language: a year, and at most one capitalised word that is no month or weekday.
    static func isDateLine(_ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard tokens.count <= 10, tokens.contains(where: { DateExpressions.yearValue($0.lower) != nil }) else {
            return false
        }
        let names = tokens.filter {
            $0.isCapitalized && DateExpressions.months[$0] == nil && DateExpressions.weekdays[$0] == nil
        }
        return names.count <= 1
    }

    /// The first to the last day of a month.
    static func days(ofMonth month: (year: Int, month: Int)) -> ClosedRange<SimpleDate>? {
        guard let first = SimpleDate(year: month.year, month: month.month, day: 1),
            let last = SimpleDate(
                year: month.year, month: month.month, day: SimpleDate.daysIn(month: month.month, year: month.year))
        else { return nil }
        return first...last
    }

    /// Photo credits, share buttons, bylines, "Advertisement" and similar page furniture.
    static func isClutter(_ sentence: Sentence) -> Bool {
        let lower = sentence.lower
        if sentence.tokens.count <= 2 { return !lower.contains("killed") }
        if isDocumentIdentifier(sentence) { return true }
        // Page furniture is short; long sentences are story.
        if sentence.tokens.count > 40 { return false }
        return clutterMarkers.occurs(in: lower) || lower.hasPrefix("- ") && lower.contains("(@")
            || lower.hasPrefix("by ") && sentence.tokens.count < 10 || isPromotion(sentence)
    }

    /// A short exclamation that tells no attack is a page's call to action ("Find a job
    /// today!", "Donate now!"); a headline rarely ends with "!".
    static func isPromotion(_ sentence: Sentence) -> Bool {
        sentence.tokens.count <= 8 && sentence.text.hasSuffix("!")
            && !(Lexicon.attackWords.occurs(in: sentence.tokens) || Lexicon.killedWords.occurs(in: sentence.tokens))
    }

    /// A wire service's document number on a line of its own: "DEV-MUC3-0042 (NOSC)",
    /// "AP-NR-03-14-90 0212EST".
    static func isDocumentIdentifier(_ sentence: Sentence) -> Bool {
        guard sentence.tokens.count <= 6, let first = sentence.tokens.first?.text, first.contains("-") else {
            return false
        }
        return first.contains(where: \.isNumber) && first.contains(where: \.isLetter)
    }

    /// Page furniture: sharing buttons, photo credits, subscription prompts.
    static let clutterMarkers: PhraseList = [
        "advertisement", "share this", "print this page", "subscribe", "sign up", "click here", "read more",
        "follow us", "all rights reserved", "cookie", "newsletter", "pic.twitter.com", "photo:", "(photo",
        "getty images", "/ reuters", "/ ap", "image caption", "we're sorry", "this was published",
        "copyright", "related:", "also read", "watch:", "listen to", "mailing list",
    ]

    /// Phrases that put a whole sentence in the past.
    static let historyPhrases = PhraseTally([
        (
            "history",
            [
                "anniversary", "years ago", "years earlier", "a year earlier", "last year", "previous attack",
                "earlier attack", "similar attack",
                // "a decade ago", not "the first attack in more than a decade" (how long since).
                "in a separate", "months ago", "a decade ago", "a decade earlier", "a decade before", "recalled",
                "reminiscent", "the last time", "in the past",
                "another mass shooting", "another shooting", "another attack", "another bombing", "other attacks",
                "earlier attacks", "previous attacks", "years since", "another terrorist attack",
            ]
        ),
        // How long ago, which in a narration dates its own attack.
        ("distance", ["anniversary", "years ago", "a decade ago", "months ago", "years since"]),
    ])

    /// End of the clause starting at `from`: the next comma or semicolon, carried on through a
    /// relative clause (", which killed more than 200 people" still tells the old attack).
    static func clauseEnd(_ tokens: [Token], from: Int) -> Int {
        let count = tokens.count
        var end = tokens[from...].firstIndex { $0.text == "," || $0.text == ";" } ?? count
        while end + 1 < count, tokens[end].text == "," {
            let next = tokens[end + 1].lower
            let goesOn =
                ["which", "that", "who", "where", "when", "killing", "leaving", "wounding", "injuring"].contains(next)
                || next == "in" && end + 2 < count && tokens[end + 2].lower == "which"
            // ", Casablanca,": a name set off by commas belongs to the clause around it.
            let apposition = appositionEnd(tokens, comma: end)
            guard goesOn || apposition != nil else { break }
            end = tokens[((apposition ?? end) + 1)...].firstIndex { $0.text == "," || $0.text == ";" } ?? count
        }
        return end
    }

    /// The closing comma of a name set off by commas after `comma` ("the biggest city, Casablanca,
    /// killed"), when there is one: up to four capitalised words (or a place word).
    static func appositionEnd(_ tokens: [Token], comma: Int) -> Int? {
        var k = comma + 1
        while k < tokens.count, k - comma <= 4,
            tokens[k].isCapitalized || ["province", "city", "state", "district", "region"].contains(tokens[k].lower)
        {
            k += 1
        }
        return k > comma + 1 && k < tokens.count && tokens[k].text == "," ? k : nil
    }

    private static let sinceWord: WordSet = ["since"]

    /// The tokens of a sentence that recall earlier attacks: all of a sentence about them (an
    /// earlier year, "anniversary", "years ago"), or a comparison clause from "since" to the next
    /// comma ("the deadliest since the 2019 attack, 28 people were killed").
    static func historySpan(
        _ sentence: Sentence, currentYear: Int?, dates: [DateMention], narrated: Bool = false, undated: Bool = false
    ) -> Range<Int> {
        let lower = sentence.lower
        let count = sentence.tokens.count
        let none = count..<count
        if historyPhrases.mentions("history", in: sentence) {
            // A narration's "Twelve years ago, on ..." tells how old its own attack is.
            if !(narrated && historyPhrases.mentions("distance", in: sentence)) {
                return comparisonClause(sentence, dates: dates)
                    ?? recallingApposition(sentence, currentYear: currentYear) ?? 0..<count
            }
        }
        // A report with no date: its own attack's full date may be written out, but a
        // chronology of several years recalls earlier attacks.
        if undated, DateMention.isChronology(dates) { return 0..<count }
        var earlier: Int?
        let tokens = sentence.tokens
        for k in tokens.indices {
            // Years are four characters: other tokens are passed over without being copied.
            guard tokens[k].lower.utf8.count == 4, let year = DateExpressions.fullYear(tokens[k].lower) else {
                continue
            }
            if let currentYear, year >= currentYear { continue }
            // "a boy born in 2012": a birth year, not an earlier attack's.
            if Self.isBirthOrPhotoYear(sentence.tokens, at: k) { continue }
            if currentYear == nil,
                dates.contains(where: {
                    $0.kind == .absolute && $0.date.year == year && $0.position <= k && k - $0.position < 5
                })
            {
                continue
            }
            earlier = k
            break
        }
        if let since = sinceWord.firstPosition(in: sentence.tokens), since >= 3 {
            let clauseEnd = { (from: Int) -> Int in ArticleAnalysis.clauseEnd(sentence.tokens, from: from) }
            if let earlier, earlier > since { return since..<clauseEnd(earlier) }
            if earlier == nil && lower.contains("attack") { return since..<clauseEnd(since) }
        }
        guard let earlier else { return none }
        // "A bomb killed four on Monday, a year after a blast in 2018 killed 11": the sentence
        // names the current day first, so only the clause with the old year is history.
        let currentDayFirst = dates.contains {
            [.weekday, .relative, .monthDay].contains($0.kind) && $0.position < earlier
        }
        if currentDayFirst,
            let start = sentence.tokens[..<earlier].lastIndex(where: {
                $0.text == "," || clauseOpeners.contains($0)
            }),
            start > 0, dates.contains(where: { $0.position < start })
        {
            return start..<clauseEnd(sentence.tokens, from: earlier)
        }
        return comparisonAside(sentence.tokens, around: earlier)
            ?? recallingApposition(sentence, currentYear: currentYear) ?? 0..<count
    }

    /// "The attacks, like those in 2002, were the work of ...": an aside between commas that
    /// likens this attack to an earlier one. Only the aside is history.
    static func comparisonAside(_ tokens: [Token], around year: Int) -> Range<Int>? {
        guard let open = tokens[..<year].lastIndex(where: { $0.text == "," }), open > 0, open + 1 < year,
            ["like", "unlike"].contains(tokens[open + 1].lower)
                || tokens[open + 1].lower == "as"
                    && tokens[open + 2].lower == "in",
            let close = tokens[(year + 1)...].firstIndex(where: { $0.text == "," }), close + 1 < tokens.count,
            close - open <= 8
        else { return nil }
        return open..<(close + 1)
    }

    /// "Suspicion fell on the Ruritanian Front, the group responsible for the 2002 bombings":
    /// a name followed by a comma and what its bearer did before. Only that apposition is
    /// history, when what comes before it recalls nothing.
    static func recallingApposition(_ sentence: Sentence, currentYear: Int?) -> Range<Int>? {
        let tokens = sentence.tokens
        for c in tokens.indices.dropFirst(2) where tokens[c].text == "," && tokens[c - 1].isCapitalized {
            guard c + 2 < tokens.count, ["the", "a", "an", "which", "who", "that"].contains(tokens[c + 1].lower)
            else { continue }
            let after = tokens[(c + 1)..<min(c + 14, tokens.count)].map { $0.lower }.joined(separator: " ")
            guard apposedDeeds.contains(where: { after.contains($0) }) else { continue }
            let before = Array(tokens[..<c])
            let recallsBefore =
                before.contains { token in
                    DateExpressions.fullYear(token.lower).map { year in currentYear.map { year < $0 } ?? true } ?? false
                }
                || historyPhrases.mentions(
                    "history", in: Sentence(paragraph: 0, index: 0, text: before.map { $0.text }.joined(separator: " "))
                )
            return recallsBefore ? nil : c..<tokens.count
        }
        return nil
    }
    /// What an apposition says a group did before: "the group responsible for", "which was
    /// behind", "blamed for".
    static let apposedDeeds = ["responsible for", " behind ", "blamed for", "carried out", "which claimed"]

    /// "A bomb killed 10 on Thursday in an attack that recalled the war's darkest days": a
    /// comparison after the sentence has told this attack's day is the only past in it.
    static func comparisonClause(_ sentence: Sentence, dates: [DateMention]) -> Range<Int>? {
        let tokens = sentence.tokens
        guard let k = comparisonWords.firstPosition(in: tokens),
            dates.contains(where: { [.weekday, .relative, .monthDay].contains($0.kind) && $0.position < k }),
            !historyPhrases.mentions(
                "history",
                in: Sentence(paragraph: 0, index: 0, text: tokens[..<k].map { $0.text }.joined(separator: " ")))
        else { return nil }
        return k..<tokens.count
    }
    /// Words by which a report compares its attack with the past.
    static let comparisonWords: WordSet = ["recalled", "recalling", "reminiscent", "evoked", "echoed"]

    /// Words that open a clause about another time: "..., a year after a blast in 2018".
    static let clauseOpeners: WordSet = ["after", "since", "than", "like", "when", "before"]
}
