import Foundation
import Testing

@testable import BriefSite

/// The names a build keeps beside `public/`, as the shell tests (`Tests/site/kill_test.sh`)
/// and the repository's `.gitignore` spell them too, and both `.gitignore`s ignore them.
@Suite struct OutputSiblingsTests {
    let siblings = OutputSiblings(output: URL(fileURLWithPath: "/site/public"))
    var journalPartial: String { FileSystem.temporaryName(of: siblings.journal, process: "7") }
    var transient: [String] {
        [siblings.staging(process: 7), siblings.old(process: 7), siblings.journal, journalPartial, siblings.lock]
    }

    @Test func namesBesideTheOutput() {
        #expect(
            transient == [
                "/site/.public.staging-7", "/site/.public.old-7", "/site/.public.commit",
                "/site/.public.commit.partial-7", "/site/.public.lock",
            ])
    }

    @Test func leftoversAreAllButTheLock() {
        let name = { (path: String) in (path as NSString).lastPathComponent }
        #expect(transient.dropLast().allSatisfy { siblings.isLeftover(name($0)) })
        #expect(!siblings.isLeftover(name(siblings.lock)))
        #expect(!siblings.isLeftover(".publication.staging-7") && !siblings.isLeftover("public"))
    }

    /// Each name matches a line of `gitignore` (folder patterns end in "/"; "/" anchors).
    func ignored(by gitignore: String) -> [String] {
        let patterns = gitignore.split(separator: "\n").map { line in
            var pattern = String(line)
            if pattern.hasPrefix("/") { pattern.removeFirst() }
            if pattern.hasSuffix("/") { pattern.removeLast() }
            return pattern
        }
        return transient.map { ($0 as NSString).lastPathComponent }.filter { name in
            patterns.contains { fnmatch($0, name, 0) == 0 }
        }
    }

    @Test func theGitignoreOfSitrepInitIgnoresThem() {
        #expect(ignored(by: SiteInitializer.gitignore).count == transient.count)
    }

    @Test func theRepositorysGitignoreIgnoresThem() throws {
        let gitignore = try String(
            contentsOf: Paths.repository.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignored(by: gitignore).count == transient.count)
    }
}
