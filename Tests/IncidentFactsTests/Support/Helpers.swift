@testable import IncidentFacts

/// Extracts facts from text written for the test.
func facts(_ body: String, published: String? = nil, file: String = "test.txt") -> FactSheet {
    FactExtractor.extract(ArticleInput(file: file, body: body, published: published.flatMap { SimpleDate(iso: $0) }))
}
