import Foundation

/// `sitrep init DIR`: a new site with settings, one sample article and the default templates.
package enum SiteInitializer {
    /// Writes the new site; refuses a folder that already has files in it.
    package static func create(at folder: String) throws -> [String] {
        let fm = FileManager.default
        // An empty name (an unset shell variable) would otherwise mean the current folder.
        guard !folder.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw BuildFailure(diagnostics: [
                .error("the folder name is empty; give the folder to create, such as 'my-site'", file: "sitrep init ''")
            ])
        }
        if let existing = try? fm.contentsOfDirectory(atPath: folder), !existing.isEmpty {
            throw BuildFailure(diagnostics: [
                .error("folder is not empty; choose a new folder for the site", file: folder)
            ])
        }
        var written: [String] = []
        func write(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            written.append(path)
        }
        try write(
            "sitrep.yml",
            """
            # Site settings; every key is optional.
            title: Incident briefs
            description: Briefs on attacks, compiled from news reports.
            language: en
            # base_url: https://example.org/briefs/

            """)
        try write(
            "content/2023-02-18-sample-report.md",
            """
            ---
            title: "Sample: gunmen storm a police office"
            date: 2023-02-18
            source: Your newsroom
            url: https://example.org/sample-report
            ---
            Replace this sample with your own articles. Gunmen stormed a police office in Karachi, Pakistan, \\
            on Friday evening, killing four people and wounding 19, officials said. Tehreek-e-Taliban Pakistan \\
            claimed responsibility. All three attackers were killed after a siege that lasted about three hours.

            """.replacingOccurrences(of: " \\\n", with: " "))
        for (path, text) in DefaultTemplates.files.sorted(by: { $0.key < $1.key }) {
            try write("templates/" + path, text)
        }
        try write(".gitignore", gitignore)
        return written
    }

    /// What builds keep is not part of the site's history: `.sitrep-cache/` between runs, and
    /// what they keep beside the output while one runs (`OutputSiblings`), which a killed build
    /// leaves for the next one to finish or remove.
    static let gitignore = ([".sitrep-cache/"] + OutputSiblings.ignorePatterns).map { $0 + "\n" }.joined()
}
