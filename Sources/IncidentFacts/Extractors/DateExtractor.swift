/// Finds the publication date and the day of the attack.
enum DateExtractor {
    /// The publication date written near the top of the article: a dateline
    /// ("KARACHI, May 23, 2011 (AFP)"), a "Published ..." line or a bare date line.
    static func publishedDate(in text: ArticleText) -> SimpleDate? {
        for sentence in text.sentences.prefix(8) where sentence.paragraph <= 5 {
            // "On this day, May 9, 2004": the day a column looks back to, not its own.
            if Narration.thisDayWords.occurs(in: sentence.lower) { continue }
            let mentions = DateExpressions.find(in: sentence.tokens, reference: nil, allCaps: text.isAllCaps)
            // A date stamp or dateline opens its line ("Published June 9, 2014", "KARACHI, May 23,
            // 2011 (AFP)"); a date inside a sentence is about something else.
            if let first = mentions.first(where: {
                $0.kind == .absolute
                    && ($0.position <= 6 || sentence.lower.hasPrefix("published") || sentence.lower.hasPrefix("updated")
                        || sentence.lower.hasPrefix("posted"))
            }) {
                if let month = text.headerMonth, (first.date.year, first.date.month) != (month.year, month.month) {
                    continue
                }
                return first.date
            }
        }
        return nil
    }

    /// The attack's date: the day named where the story tells how the attack began ("stormed",
    /// "began", "opened fire"; follow-up stories lead with the mourning or the rising toll), else
    /// the first day named in a sentence about the attack; never after publication (one day of slack for time zones when the date is written
    /// out in full) and at most two weeks before it.
    static func incidentDate(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        if let day = analysis.narration?.day {
            facts.date = day
            let told = analysis.sentences.indices.first { analysis.allDates[$0].contains { $0.date == day } }
            facts.addEvidence(.date, analysis.sentences[told ?? 0])
            facts.confidence[.date] = FactConfidence(.high, "the day of the attack the story narrates")
            return
        }
        // An attack that lasted days: a day it "ended" is not the day it began, whichever
        // sentence says how long it lasted.
        let lastedDaysInTheStory = analysis.currentSentences.contains {
            DurationFinder.contextWords.occurs(in: $0.sentence.lower) && lastedDays($0.sentence.tokens)
        }
        // Counted only when a sentence opens on a quote mark.
        lazy var quotesInParagraph: [Int: Int] = {
            var counts: [Int: Int] = [:]
            for sentence in analysis.sentences {
                counts[sentence.paragraph, default: 0] += sentence.tokens.count { $0.text == "\"" }
            }
            return counts
        }()
        var onset: (DateMention, Sentence)?
        var best: (DateMention, Sentence)?
        var fallback: (DateMention, Sentence)?
        // A day written out beside the attack far down the story ("on July 29 gunmen ..."),
        // when the lead names none: follow-ups give the day late.
        var late: (DateMention, Sentence)?
        // A speaker's "this morning" beside the attack, quoted: the last resort (see below).
        var quoted: (DateMention, Sentence)?
        var otherAttackDays: Set<SimpleDate> = []
        let otherAttackIndexes = analysis.sentences.indices.filter {
            OtherAttackMarkers.tellsAnotherAttack(analysis.sentences[$0])
        }
        let aboutAnotherAttack = Set(otherAttackIndexes)
        var otherAttacks = otherAttackIndexes[...]
        for (index, (offset, sentence)) in analysis.currentSentences.enumerated() {
            let isLate = index >= 14
            if isLate && late != nil { break }
            // A sentence that names no day has nothing to offer (the other attacks' days before
            // it are gathered by the next one that does).
            if analysis.dates[offset].isEmpty { continue }
            // Once per sentence, not per date in it: a long sentence must not cost its square.
            lazy var aboutAttack =
                Lexicon.attackWords.occurs(in: sentence.tokens)
                && !aftermathWords.occurs(in: sentence.lower)
            lazy var tellsOnset = onsetWords.occurs(in: sentence.lower)
            lazy var quotesBefore = sentence.runningCount(of: "\"")
            lazy var isChronology = DateMention.isChronology(analysis.allDates[offset])
            // A quote mark opening a paragraph that nothing in it closes starts a passage quoted
            // from another report (a blog quoting a wire story), not a speaker's words.
            lazy var quotedPassage =
                sentence.tokens.first?.text == "\"" && (quotesInParagraph[sentence.paragraph] ?? 0) % 2 == 1
            // "The siege ended today after three bloody days": the day it ended, not began.
            if endingWords.occurs(in: sentence.lower), lastedDays(sentence.tokens) { continue }
            // "Also on Sunday, a bomb ...": that day is another attack's, here and further on
            // ("After the blasts on Wednesday, ...").
            while let next = otherAttacks.first, next <= offset {
                otherAttackDays.formUnion(analysis.allDates[next].map { $0.date })
                otherAttacks.removeFirst()
            }
            if aboutAnotherAttack.contains(offset) { continue }
            // "..., a day after Monday's bombing in Ura": that day is the other attack's.
            lazy var recalled = OtherAttackMarkers.recalledClause(
                sentence.tokens, placeStarts: analysis.placeStarts(offset))
            for mention in nearestToTheAttackFirst(analysis.dates[offset], in: sentence) {
                if let narration = analysis.narration {
                    // An explainer whose lead gives only the year: any day of that year.
                    if mention.date.year != narration.year { continue }
                } else if let published = analysis.published {
                    let limit = mention.kind == .absolute ? published.adding(days: 1) : published
                    if mention.date > limit || mention.date < published.adding(days: -14) { continue }
                } else if let month = analysis.publishedMonth {
                    // Only the month is known: a day written out, within the same bounds.
                    guard mention.kind == .absolute || mention.kind == .monthDay,
                        mention.date <= month.upperBound.adding(days: 1),
                        mention.date >= month.lowerBound.adding(days: -14)
                    else { continue }
                } else if mention.kind != .absolute {
                    continue
                }
                if isPublicationLine(sentence, mention)
                    || DateExpressions.datesAStatement(sentence.tokens, at: mention.position)
                {
                    continue
                }
                if recalled?.contains(mention.position) == true || otherAttackDays.contains(mention.date) { continue }
                if lastedDaysInTheStory, endsOn(sentence.tokens, at: mention.position) { continue }
                if mention.kind == .weekday, plansAhead(sentence.tokens, before: mention.position) { continue }
                // "today" in a quotation is the speaker's day, not the reporter's.
                if mention.kind != .absolute, mention.kind != .monthDay,
                    (quotesBefore[mention.position] - (quotedPassage ? 1 : 0)) % 2 == 1
                {
                    if quoted == nil, !isLate, aboutAttack, namesATimeOfDay(sentence.tokens, at: mention.position) {
                        quoted = (mention, sentence)
                    }
                    continue
                }
                // "November 23, 2004, a deputy governor was shot; June 19, 2007, ...": in a report
                // with no date of its own, a chronology of earlier attacks dates none of this one.
                if analysis.published == nil, isChronology { break }
                if isLate {
                    if aboutAttack, mention.kind == .absolute || mention.kind == .monthDay {
                        late = (mention, sentence)
                    }
                    break
                }
                if aboutAttack && tellsOnset {
                    if onset == nil { onset = (mention, sentence) }
                } else if aboutAttack {
                    if best == nil { best = (mention, sentence) }
                } else if fallback == nil,
                    mention.kind != .approximate
                        || Lexicon.attackWords.occurs(in: sentence.tokens)
                {
                    // "last week" in a sentence that tells no attack is too loose to date one.
                    fallback = (mention, sentence)
                }
            }
        }
        if let (mention, sentence) = onset ?? best {
            let daysBefore = max(daysAfter(sentence, mention), daysEarlier(sentence.tokens, after: mention.position))
            facts.date = mention.date.adding(days: -daysBefore)
            facts.addEvidence(.date, sentence)
            if mention.kind == .approximate {
                facts.warnings.append("date: approximate, from \"last week\"; check the day")
            }
            facts.confidence[.date] =
                daysBefore > 0
                ? FactConfidence(.medium, "counted back from a later day (\"a day after\")")
                : confidence(of: mention, "a day named beside the attack")
        } else if let (mention, sentence) = dayNamedAsTheAttacks(analysis) {
            facts.date = mention.date
            facts.addEvidence(.date, sentence)
            facts.confidence[.date] = confidence(of: mention, "a day named as the attack's own (\"Tuesday's attack\")")
        } else if let published = analysis.published, let headline = analysis.headline,
            breakingVerbs.occurs(in: headline.tokens),
            !followUpWords.occurs(in: headline.tokens)
        {
            // A breaking-news headline ("Blast hits mosque in Peshawar") with no day named beside
            // the attack reports an attack of the day it was published.
            facts.date = published
            facts.addEvidence(.date, headline)
            facts.warnings.append("date: no day is named; the publication date of a breaking report is used")
            facts.confidence[.date] = FactConfidence(.low, "no day named: the publication date of a breaking report")
        } else if let (mention, sentence) = fallback,
            mention.kind != .absolute || analysis.published == nil || analysis.narration != nil
        {
            facts.date = mention.date
            facts.addEvidence(.date, sentence)
            if mention.kind == .approximate {
                facts.warnings.append("date: approximate, from \"last week\"; check the day")
            }
            let found = confidence(of: mention, "a day named in the story, not beside the attack")
            facts.confidence[.date] = FactConfidence(min(found.level, .medium), found.basis)
        } else if let (mention, sentence) = late {
            facts.date = mention.date
            facts.addEvidence(.date, sentence)
            let found = confidence(of: mention, "a day written out beside the attack, far down the story")
            facts.confidence[.date] = FactConfidence(min(found.level, .medium), found.basis)
        } else if let (mention, sentence) = quoted {
            // '"At 8:20 this morning there was an explosion," the police chief said': when nothing
            // else dates the attack, the speaker's day is taken to be the report's.
            facts.date = mention.date
            facts.addEvidence(.date, sentence)
            facts.warnings.append("date: only a quoted speaker names the day (\"this morning\"); check it")
            facts.confidence[.date] = FactConfidence(.low, "a day a quoted speaker names beside the attack")
        } else if let month = analysis.publishedMonth {
            facts.warnings.append(
                "date: only the month of publication is known (\(month.lowerBound.description.prefix(7))), a day such as \"on Friday\" cannot be counted from it, and no day is written out"
            )
        }
    }

    /// "this morning", "last night", "tonight": a time of the day, when something happened (a
    /// speaker's "today" is as often when they speak).
    static func namesATimeOfDay(_ tokens: [Token], at k: Int) -> Bool {
        let word = tokens[k].lower
        if word == "tonight" || word == "overnight" { return true }
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1].lower
        return word == "this" && ["morning", "afternoon", "evening"].contains(next) || word == "last" && next == "night"
    }

    /// "Tuesday's attack", "yesterday's bombing": a day named as the attack's own, wherever the
    /// story names it (a follow-up may do so only far down, after the reactions), within the
    /// two weeks before publication.
    static func dayNamedAsTheAttacks(_ analysis: ArticleAnalysis) -> (DateMention, Sentence)? {
        guard let published = analysis.published else { return nil }
        // Every sentence, those with a clause about the past too ("... hurt in Tuesday's attack,
        // had been threatened in the past").
        for (offset, sentence) in analysis.sentences.enumerated() {
            let tokens = sentence.tokens
            for mention in analysis.allDates[offset] where mention.kind == .weekday || mention.kind == .relative {
                guard mention.date <= published, mention.date >= published.adding(days: -14),
                    let possessive = tokens[mention.position..<min(mention.position + 3, tokens.count)]
                        .firstIndex(where: { $0.lower == "'s" }),
                    tokens[(possessive + 1)..<min(possessive + 3, tokens.count)]
                        .contains(where: { Lexicon.attackWords.contains($0) })
                else { continue }
                return (mention, sentence)
            }
        }
        return nil
    }

    /// A day written out is surest; "on Sunday" or "yesterday" counts from the publication
    /// date (a late or republished story shifts it); "last week" is only approximate.
    private static func confidence(of mention: DateMention, _ basis: String) -> FactConfidence {
        switch mention.kind {
        case .absolute: return FactConfidence(.high, basis + ", written out")
        case .approximate: return FactConfidence(.low, basis + ", approximate (\"last week\")")
        case .monthDay: return FactConfidence(.medium, basis + ", its year from the publication date")
        default: return FactConfidence(.medium, basis + ", counted from the publication date")
        }
    }

    /// "on Thursday, a day after a truck bomb exploded": the named day is this many days after
    /// the attack.
    static func daysAfter(_ sentence: Sentence, _ mention: DateMention) -> Int {
        let tokens = sentence.tokens
        var i = mention.position + 1
        while i + 2 < tokens.count && i - mention.position < 6 {
            if tokens[i + 1].lower == "after" || tokens[i + 2].lower == "after" {
                let unitIndex = tokens[i + 1].lower == "after" ? i : i + 1
                let unit = tokens[unitIndex].lower
                let amount =
                    unitIndex > 0
                    ? (NumberReader.value(of: tokens[unitIndex - 1].lower)
                        ?? (["a", "one"].contains(tokens[unitIndex - 1].lower) ? 1 : nil)) : nil
                if let amount {
                    if unit == "day" || unit == "days" { return amount <= 3 ? amount : 0 }
                    if unit == "hours", amount % 24 == 0 { return amount / 24 <= 3 ? amount / 24 : 0 }
                }
            }
            i += 1
        }
        return 0
    }

    /// "On Sunday police named the bombers who attacked three restaurants a day earlier": the
    /// attack was that many days before the day named. Only an attack word just before the
    /// phrase ties it to the attack ("the day before" must end its clause).
    static func daysEarlier(_ tokens: [Token], after position: Int) -> Int {
        guard position + 2 < tokens.count else { return 0 }
        for k in (position + 1)..<(tokens.count - 1) {
            let unit = tokens[k].lower, next = tokens[k + 1].lower
            guard unit == "day" || unit == "days", next == "earlier" || next == "before" else { continue }
            // "two days before the vote" is about the vote: "before" must end its clause.
            let endsClause = k + 2 >= tokens.count || tokens[k + 2].isPunctuation
            if next == "before" && !endsClause { continue }
            let amount = tokens[k - 1].lower
            let days = ["a", "one", "the"].contains(amount) ? 1 : NumberReader.value(of: amount)
            guard let days, days <= 3,
                tokens[max(position, k - 10)..<k].contains(where: { Lexicon.attackWords.contains($0) })
            else { continue }
            return days
        }
        return 0
    }

    /// "the council will meet on Sunday": a day something is planned for is not the attack's,
    /// though the weekday resolves to the past one.
    static func plansAhead(_ tokens: [Token], before position: Int) -> Bool {
        tokens[max(0, position - 12)..<position].contains { futureWords.contains($0) }
    }

    static let futureWords: WordSet = ["will", "shall", "'ll", "scheduled", "due", "planned", "expected"]

    /// Headline words of a later story about an attack, which is not of the day it happened.
    static let followUpWords: WordSet = [
        "claims", "claimed", "claim", "responsibility", "mourns", "mourn", "funeral", "funerals", "trial", "probe",
        "arrested", "arrest", "charged",
    ]

    /// Present-tense verbs of breaking-news headlines.
    static let breakingVerbs: WordSet = [
        "kills", "hits", "strikes", "rams", "storm", "storms", "attack", "attacks", "explodes", "rocks", "targets",
        "kill", "killed", "terror", "derails",
        // With a plural subject: "Two explosions hit Kabul airport", "Blasts rock Baghdad".
        "hit", "strike", "rock", "explode", "target",
    ]

    /// Words that tell the start of an attack.
    static let onsetWords: PhraseList = [
        "began", "begun", "started", "stormed", "entered", "launched", "broke into", "cut through", "opened fire",
        "attacked", "exploded", "blew himself", "detonated", "rammed", "drove", "struck", "went off", "targeted",
        // What a blast did as it happened: "derailed an express train", "ripped through a market".
        "derailed", "set off", "ripped through", "tore through", "blew up",
    ]

    /// Words that tell how an attack ended.
    static let endingWords: PhraseList = [
        "ended", "came to an end", "was over", "were over", "is over", "secured", "brought to an end", "concluded",
        "finished",
    ]

    /// "a siege that ended yesterday", "was over by Saturday": a verb of ending (`endingWords`)
    /// in the few words before the day governs it.
    static func endsOn(_ tokens: [Token], at position: Int) -> Bool {
        let before = tokens[max(0, position - 4)..<position].map { $0.lower }.joined(separator: " ")
        return endingWords.occurs(in: before)
    }

    /// True when the sentence says the attack lasted a day or more: "after three bloody days",
    /// "a 60-hour siege", "after 48 hours".
    static func lastedDays(_ tokens: [Token]) -> Bool {
        DurationFinder.lengths(in: tokens).contains { $0.minutes >= 24 * 60 }
    }

    /// Sentences about what followed an attack date the aftermath, not the attack.
    static let aftermathWords: PhraseList = [
        "mourning", "funeral", "regained control", "vigil", "arrested", "raided", "buried", "condolence",
        "in a statement",
    ]

    /// "Published June 9, 2014" or a dateline is about the article, not the attack.
    /// A sentence's days, the one nearest an attack word first: in "a newspaper tonight received
    /// a call claiming the murder last night", the murder was last night.
    static func nearestToTheAttackFirst(_ mentions: [DateMention], in sentence: Sentence) -> [DateMention] {
        guard mentions.count > 1 else { return mentions }
        let attackAt = sentence.tokens.indices.filter { Lexicon.attackWords.contains(sentence.tokens[$0]) }
        guard !attackAt.isEmpty else { return mentions }
        // The nearest attack word by binary search in their (sorted) positions: a long sentence
        // with many days and attack words must not cost their product.
        func distance(_ m: DateMention) -> Int {
            var low = 0, high = attackAt.count
            while low < high {
                let mid = (low + high) / 2
                if attackAt[mid] < m.position { low = mid + 1 } else { high = mid }
            }
            let after = low < attackAt.count ? attackAt[low] - m.position : Int.max
            let before = low > 0 ? m.position - attackAt[low - 1] : Int.max
            return min(after, before)
        }
        return mentions.enumerated().sorted { a, b in
            (distance(a.element), a.offset) < (distance(b.element), b.offset)
        }.map { $0.element }
    }

    private static func isPublicationLine(_ sentence: Sentence, _ mention: DateMention) -> Bool {
        let lower = sentence.lower
        if lower.hasPrefix("published") || lower.hasPrefix("posted") || lower.hasPrefix("updated")
            || lower.hasPrefix("written by") || lower.hasPrefix("last updated")
        {
            return true
        }
        // "June 9, 2014 A spokesman said ...": a page's date stamp glued to the story.
        if mention.position == 0 && mention.kind != .weekday && mention.kind != .relative && sentence.index < 3 {
            return true
        }
        if mention.kind == .absolute || mention.kind == .monthDay, mention.position <= 8 {
            // Dateline: CITY, Month Day, Year (Agency)
            if let first = sentence.tokens.first, first.text == first.text.uppercased(), first.text.count > 2,
                sentence.tokens.count > mention.position + 3
            {
                return true
            }
            if sentence.tokens.count <= mention.position + 6 { return true }
            if opensOnAgencyDateline(sentence.text) { return true }
        }
        return false
    }

    /// "Oxa (Ruritania), June 2 (Agency): ...": the lead before the colon or dash ends in the
    /// agency's name in brackets.
    static func opensOnAgencyDateline(_ text: String) -> Bool {
        let head = text.prefix(100)
        guard
            let cut = [": ", " - ", " – ", " — "].compactMap({ head.firstRange(of: $0)?.lowerBound }).min()
        else { return false }
        let lead = head[..<cut].trimmingSpaces()
        return lead.hasSuffix(")") && lead.contains("(")
    }
}
