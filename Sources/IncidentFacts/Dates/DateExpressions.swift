/// A date expression found in a sentence.
struct DateMention: Sendable {
    enum Kind: Sendable { case absolute, monthDay, weekday, relative, approximate }
    /// The resolved day.
    let date: SimpleDate
    /// How it was written: absolute dates carry a year, others were resolved.
    let kind: Kind
    /// Token index where it starts.
    let position: Int

    /// True when full dates of two or more years stand in one sentence: a chronology of
    /// earlier attacks ("June 19, 2007, ...; August 26, 2006, ..."), which dates none of the
    /// report's own.
    static func isChronology(_ dates: [DateMention]) -> Bool {
        Set(dates.lazy.filter { $0.kind == .absolute }.map(\.date.year)).count >= 2
    }
}

/// Finds and resolves date expressions: "17 February 2023", "Feb. 17", "3 JAN 90",
/// "on Friday night", "yesterday", resolved against a reference (publication) date.
enum DateExpressions {
    static let months: WordMap<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Second words of newspapers named for a day: "The Sunday Times", "the Sunday Telegraph".
    static let newspaperTitles: WordSet = [
        "times", "telegraph", "mirror", "express", "herald", "post", "observer", "independent", "mail", "tribune",
        "star", "sport", "world", "people",
    ]
    static let weekdays: WordMap<Int> = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// Words a relative date can start with (weekdays, holidays, "yesterday", "last"...): the
    /// other words of an article skip those checks in one lookup.
    static let relativeStarts: WordSet = [
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "easter", "christmas", "new",
        "yesterday", "today", "tonight", "this", "earlier", "last", "ago",
    ]
    /// The words a date may open on besides digits: months and relative words.
    static let openers = WordSet(months.keys + relativeStarts.words)

    /// Every date expression in `tokens`; relative ones need `reference`. `yearHint`, the last
    /// day of the month an article is known to be from when its day is not (a ` date YYYY-MM `
    /// header), gives "February 17" a year but resolves no "Friday".
    static func find(
        in tokens: [Token], reference: SimpleDate?, yearHint: SimpleDate? = nil, allCaps: Bool
    ) -> [DateMention] {
        let dayMonthReference = reference ?? yearHint
        let openers = Self.openers
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            // Every date opens on a digit, a month or a relative word; most tokens are passed
            // over on their first byte and hash, without being copied (see `WordSet.positions`).
            let first = tokens[i].lower.utf8.first ?? 0
            let opensOnDigit = first >= 48 && first <= 57
            if !opensOnDigit && !openers.mayContain(hash: tokens[i].lowerHash) {
                i += 1
                continue
            }
            let t = tokens[i]
            if let month = months[t], t.isCapitalized || allCaps,
                !(t.lower == "may" && !looksLikeMonthMay(tokens, i))
            {
                // Month Day[, Year]
                var j = i + 1
                if j < tokens.count, tokens[j].text == "." { j += 1 }
                if j < tokens.count, let day = dayValue(tokens[j].lower) {
                    i = dayMonth(
                        day: day, month: month, yearAt: j + 1, start: i, tokens, dayMonthReference, into: &found)
                    continue
                }
            }
            if let day = dayValue(t.lower), i + 1 < tokens.count, let month = months[tokens[i + 1]],
                tokens[i + 1].isCapitalized || allCaps
            {
                // Day Month[ Year]
                i = dayMonth(
                    day: day, month: month, yearAt: i + 2, start: i, tokens, dayMonthReference, into: &found)
                continue
            }
            if opensOnDigit, t.lower.utf8.count == 10, let date = SimpleDate(iso: t.lower) {
                found.append(DateMention(date: date, kind: .absolute, position: i))
            } else if let reference, relativeStarts.contains(t) {
                if weekdays[t] != nil, datesAStatement(tokens, at: i) {
                    // "officials said Tuesday" dates the statement, not the attack.
                } else if weekdays[t] != nil, i + 1 < tokens.count, tokens[i + 1].isCapitalized,
                    newspaperTitles.contains(tokens[i + 1])
                {
                    // "The Sunday Times said": a newspaper, not a day.
                } else if let holiday = holiday(tokens, i, reference: reference) {
                    found.append(DateMention(date: holiday, kind: .relative, position: i))
                } else if let weekday = weekdays[t] {
                    // "last Friday" and "Friday" both mean the latest such day, up to the reference;
                    // but "last Saturday" written on a Saturday is a week back, not today.
                    var back = (reference.weekday - weekday + 7) % 7
                    if back == 0, i > 0, tokens[i - 1].lower == "last" { back = 7 }
                    found.append(DateMention(date: reference.adding(days: -back), kind: .weekday, position: i))
                } else if t.lower == "yesterday" {
                    found.append(DateMention(date: reference.adding(days: -1), kind: .relative, position: i))
                } else if t.lower == "today" || t.lower == "tonight" {
                    found.append(DateMention(date: reference, kind: .relative, position: i))
                } else if (t.lower == "this" || t.lower == "earlier") && i + 1 < tokens.count,
                    ["morning", "afternoon", "evening"].contains(tokens[i + 1].lower)
                {
                    found.append(DateMention(date: reference, kind: .relative, position: i))
                } else if t.lower == "last", i + 1 < tokens.count, ["night", "evening"].contains(tokens[i + 1].lower) {
                    found.append(DateMention(date: reference.adding(days: -1), kind: .relative, position: i))
                } else if t.lower == "last", i + 1 < tokens.count, tokens[i + 1].lower == "week" {
                    // "last week's attack": a week back, the best a reader can say; flagged as approximate.
                    found.append(DateMention(date: reference.adding(days: -7), kind: .approximate, position: i))
                } else if t.lower == "ago", let (days, start) = daysAgo(tokens, before: i) {
                    // "about two weeks ago", "five days ago": as far back, approximately.
                    found.append(DateMention(date: reference.adding(days: -days), kind: .approximate, position: start))
                }
            }
            i += 1
        }
        return found
    }

    /// How many days back "N days ago", "two weeks ago", "a fortnight ago" ending at `ago` lie,
    /// and where the figure stands; months and years are left to the year logic.
    static func daysAgo(_ tokens: [Token], before ago: Int) -> (Int, Int)? {
        guard ago >= 2 else { return nil }
        let unit = tokens[ago - 1].lower
        let perUnit: Int
        switch unit {
        case "day", "days": perUnit = 1
        case "week", "weeks": perUnit = 7
        case "fortnight": perUnit = 14
        default: return nil
        }
        let word = tokens[ago - 2].lower
        guard let n = word == "a" ? 1 : NumberReader.value(of: word), n >= 1, n <= 10 else {
            return nil
        }
        return (n * perUnit, ago - 2)
    }

    /// "said on July 31", "told reporters Tuesday", "Speaking earlier today": the day someone
    /// spoke, not the day of the attack.
    static func datesAStatement(_ tokens: [Token], at position: Int) -> Bool {
        var k = position - 1
        while k >= 0, ["on", "earlier", "later", "late", "this"].contains(tokens[k].lower) { k -= 1 }
        return k >= 0
            && (reportingVerbs.contains(tokens[k])
                // "claimed responsibility on Tuesday": the day of the claim, not of the attack.
                || ["speaking", "statement", "responsibility", "claimed"].contains(tokens[k].lower)
                // "in a statement issued on Wednesday", "a video posted on Tuesday"
                || ["issued", "released", "posted", "published"].contains(tokens[k].lower))
    }

    static let reportingVerbs: WordSet = [
        "said", "told", "announced", "reported", "confirmed", "added", "stated", "says",
    ]

    /// Easter and Christmas resolved to the latest such day up to the reference.
    static func holiday(_ tokens: [Token], _ i: Int, reference: SimpleDate) -> SimpleDate? {
        let word = tokens[i].lower
        var next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        // "New Year's Day": the tokenizer parts "Year's" into "Year" and "'s".
        if word == "new", next == "year", i + 2 < tokens.count, tokens[i + 2].text == "'s" { next = "year's" }
        var candidate: (Int) -> SimpleDate?
        switch (word, next) {
        case ("easter", "day"), ("easter", "sunday"): candidate = easterSunday
        case ("christmas", "day"): candidate = { SimpleDate(year: $0, month: 12, day: 25) }
        case ("christmas", "eve"): candidate = { SimpleDate(year: $0, month: 12, day: 24) }
        case ("new", "year's"), ("new", "years"): candidate = { SimpleDate(year: $0, month: 1, day: 1) }
        default: return nil
        }
        if let day = candidate(reference.year), day <= reference, reference.dayNumber - day.dayNumber < 14 {
            return day
        }
        return nil
    }

    /// Easter Sunday (Gregorian computus).
    static func easterSunday(_ year: Int) -> SimpleDate? {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return SimpleDate(year: year, month: month, day: day)
    }

    /// Records a day and month, with the year written after them (skipping one "." or ",") or
    /// resolved against the reference; returns the index after the expression.
    private static func dayMonth(
        day: Int, month: Int, yearAt index: Int, start: Int, _ tokens: [Token], _ reference: SimpleDate?,
        into found: inout [DateMention]
    ) -> Int {
        var k = index
        if k < tokens.count, tokens[k].text == "." || tokens[k].text == "," { k += 1 }
        if k < tokens.count, let year = yearValue(tokens[k].lower),
            let date = SimpleDate(year: year, month: month, day: day)
        {
            found.append(DateMention(date: date, kind: .absolute, position: start))
            return k + 1
        }
        if let date = resolve(month: month, day: day, reference: reference) {
            found.append(DateMention(date: date, kind: .monthDay, position: start))
        }
        return index
    }

    /// "May" is also a verb; as a month it is followed by a day or a year.
    private static func looksLikeMonthMay(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1].lower
        return dayValue(next) != nil || yearValue(next) != nil
    }

    /// A day of the month written as "17", "17th", "1st".
    static func dayValue(_ word: String) -> Int? {
        guard let first = word.utf8.first, first >= 48 && first <= 57, word.utf8.count <= 4 else { return nil }
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard digits.count <= 2, let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    /// A year written in full, four digits from 1900 to 2100 ("2023").
    static func fullYear(_ word: String) -> Int? {
        guard word.utf8.count == 4, let year = Int(word), (1900...2100).contains(year) else { return nil }
        return year
    }

    /// A year written in full ("2023") or as two digits in wire style ("90").
    static func yearValue(_ word: String) -> Int? {
        guard word.utf8.count == 2 || word.utf8.count == 4, word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            return nil
        }
        if let y = fullYear(word) { return y }
        if word.utf8.count == 2, let y = Int(word) { return y >= 50 ? 1900 + y : 2000 + y }
        return nil
    }

    /// The latest date with this month and day that is not after the reference (within a year).
    static func resolve(month: Int, day: Int, reference: SimpleDate?) -> SimpleDate? {
        guard let reference else { return nil }
        if let sameYear = SimpleDate(year: reference.year, month: month, day: day),
            sameYear <= reference.adding(days: 1)
        {
            return sameYear
        }
        return SimpleDate(year: reference.year - 1, month: month, day: day)
    }
}
