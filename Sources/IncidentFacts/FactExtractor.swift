/// What the extractor needs to know about one article.
public struct ArticleInput: Sendable {
    /// The article's path, reported back in `FactSheet.file`.
    public var file: String
    /// The body text (front matter already removed).
    public var body: String
    /// A headline given by the editor (front matter `title`).
    public var title: String?
    /// A publication date given by the editor (front matter `date`).
    public var published: SimpleDate?
    /// A date taken from the file name (`2023-02-18-karachi.txt`), the last resort.
    public var fileNameDate: SimpleDate?

    /// An extraction input.
    public init(
        file: String, body: String, title: String? = nil, published: SimpleDate? = nil, fileNameDate: SimpleDate? = nil
    ) {
        self.file = file
        self.body = body
        self.title = title
        self.published = published
        self.fileNameDate = fileNameDate
    }
}

/// The extraction engine: article text in, facts with evidence out. Pure and deterministic.
public enum FactExtractor {
    /// Builds the gazetteer (place and group tables, a tenth of a second), so a caller can do
    /// it while it reads articles instead of holding up the first extraction.
    public static func prepare() {
        _ = Gazetteer.shared
    }

    /// Extracts the facts of one article.
    public static func extract(_ input: ArticleInput) -> FactSheet {
        let text = ArticleText(input.body)
        var facts = FactSheet(file: input.file)
        let published =
            input.published ?? text.headerDate ?? DateExtractor.publishedDate(in: text)
            ?? monthHeaderFallback(text, input.fileNameDate) ?? input.fileNameDate
        facts.published = published
        var analysis = ArticleAnalysis(text: text, published: published)
        DateExtractor.incidentDate(analysis, into: &facts)
        analysis.markEarlierAttacks(before: facts.date)
        analysis.continueEarlierParagraphs()
        PlaceExtractor.extract(analysis, into: &facts)
        GroupExtractor.extract(analysis, into: &facts)
        CasualtyExtractor.extract(analysis, into: &facts)
        WeaponExtractor.extract(analysis, into: &facts)
        AttackClassifier.extract(analysis, into: &facts)
        ConfidenceRules.assess(&facts)
        DurationFinder.extract(analysis, into: &facts)
        HistoryExtractor.extract(analysis, into: &facts)
        facts.isIncident = IncidentClassifier.isIncident(analysis, facts: facts)
        // Without a headline, an incident report gets one composed from its facts; any other
        // article (a trial, an anniversary) its opening words, not an attack's headline.
        facts.title =
            input.title ?? analysis.headline.flatMap { HeadlineText.cleaned($0.text) }
            ?? (facts.isIncident
                ? SummaryComposer.title(for: facts)
                : analysis.sentences.first.flatMap { HeadlineText.opening(of: $0.text) }
                    ?? SummaryComposer.title(for: facts))
        if !facts.isIncident { facts = facts.clearingIncidentFields() }
        facts.summary = SummaryComposer.summary(for: facts)
        return facts
    }

    /// A ` date YYYY-MM ` header only agrees with a file-name date in the same month.
    private static func monthHeaderFallback(_ text: ArticleText, _ fileDate: SimpleDate?) -> SimpleDate? {
        guard let month = text.headerMonth, let fileDate, fileDate.year == month.year, fileDate.month == month.month
        else { return nil }
        return fileDate
    }
}

extension FactSheet {
    /// A non-incident keeps its title, dates and history, nothing else.
    func clearingIncidentFields() -> FactSheet {
        var copy = FactSheet(file: self.file)
        copy.published = self.published
        copy.isIncident = false
        copy.title = self.title
        copy.history = self.history
        copy.evidence = evidence.filter { $0.key == "history" }
        copy.warnings = self.warnings
        return copy
    }
}
