import IncidentFacts

/// Extraction for a loaded article: the engine's facts with the editor's overrides on top.
package enum ArticleFacts {
    /// The facts of `article`, front-matter overrides applied.
    package static func extract(_ article: Article) -> FactSheet {
        withOverrides(FactExtractor.extract(article.extractionInput), of: article)
    }

    /// `engineFacts` (what the engine found in `article`, perhaps cached) with the editor's
    /// overrides on top.
    static func withOverrides(_ engineFacts: FactSheet, of article: Article) -> FactSheet {
        var facts = engineFacts
        article.frontMatter.overrides.apply(to: &facts)
        if !article.frontMatter.overrides.isEmpty {
            facts.summary = article.frontMatter.overrides.summary ?? SummaryComposer.summary(for: facts)
        }
        return facts
    }
}

extension FactOverrides {
    /// True when the editor set nothing.
    var isEmpty: Bool { self == FactOverrides() }
}
