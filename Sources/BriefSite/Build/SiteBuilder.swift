import Foundation
import IncidentFacts
import MarkdownHTML

/// What `sitrep build` needs to know.
package struct BuildOptions: Sendable {
    package var content = "content"
    package var templates = "templates"
    package var output = "public"
    /// The site whose published ids this build continues (its `api/id-ledger.json`), when not
    /// `output`: `check` builds elsewhere and compares with the real output.
    package var previousOutput: String?
    package var config = "sitrep.yml"
    package var baseURL: String?
    /// Warn when no base URL is set (for a site to publish; a preview needs none).
    package var warnsWithoutBaseURL = false
    /// The editor's view: briefs also show the notes for the editor (never publish it).
    package var editorView = false
    /// Build what can be built despite content errors (the exit code still reports them).
    package var keepGoing = false
    /// Where extraction results are kept between builds (`.sitrep-cache`); nil extracts
    /// every article.
    package var cacheFolder: String?
    /// Where the list of files written is kept, so the next build rewrites only what changed;
    /// nil writes the whole site every time. Default: in `cacheFolder`, one per output folder.
    package var manifestPath: String?
    /// Called as articles are read and extracted: (done, total). From any thread.
    package var progress: (@Sendable (Int, Int) -> Void)?
    /// False for a process that exits after the build: the site in memory (every article and
    /// its facts) is then left for the system to reclaim at exit instead of being freed object
    /// by object, which took a noticeable part of a rebuild.
    package var releasesSiteAfterBuild = true
    /// Everything on one thread (the command's `SITREP_JOBS=1`), to check that output does not
    /// depend on scheduling.
    package var singleThreaded = false
    /// Print how long each phase took to standard error (the command's `SITREP_TIMINGS=1`).
    package var printsPhaseTimes = false

    package init() {}

    /// Runs `body` the way these options ask of all the work: on one thread when
    /// `singleThreaded`, printing phase times when `printsPhaseTimes`. A build runs in it, and
    /// so does the work of a command that does not build (`facts`, `render`).
    package func inEffect<R>(_ body: () throws -> R) rethrows -> R {
        try ParallelMap.$runsSerially.withValue(singleThreaded) {
            try PhaseClock.$printsTimes.withValue(printsPhaseTimes) { try body() }
        }
    }
}

/// The outcome of a build.
package struct BuildReport: Sendable {
    package var diagnostics: [Diagnostic] = []
    package var articleCount = 0
    package var incidentCount = 0
    package var seconds = 0.0
    /// True when the site was written.
    package var wrote = false
    /// True when writing failed part-way, so the output holds part of the new site.
    package var outputIncomplete = false
    /// Facts the briefs mark "needs review", by brief.
    package var factsToReview: [FactToReview] = []

    /// True when any diagnostic is an error.
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    package var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// "Built 54 briefs from 57 articles in 0.42 s (3 warnings)".
    package var summaryLine: String {
        let time = String(format: "%.2f", seconds)
        let errors = diagnostics.filter { $0.severity == .error }.count
        var notes: [String] = []
        if errors > 0 { notes.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warningCount > 0 { notes.append("\(warningCount) warning\(warningCount == 1 ? "" : "s")") }
        let tail = notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"
        if outputIncomplete {
            return "Build failed after \(time) s\(tail); the site was left incomplete: fix the error and build again"
        }
        if !wrote { return "Build failed after \(time) s\(tail); the previous site was left as it was" }
        return
            "Built \(incidentCount) brief\(incidentCount == 1 ? "" : "s") from \(articleCount) article\(articleCount == 1 ? "" : "s") in \(time) s\(tail)"
    }
}

/// Runs the pipeline: load → extract → merge → cross-reference → compose → render → lay out → write.
package enum SiteBuilder {
    package static func build(_ options: BuildOptions) -> BuildReport {
        options.inEffect { run(options) }
    }

    private static func run(_ options: BuildOptions) -> BuildReport {
        let started = Date()
        var report = BuildReport()
        // Every way out: the diagnostics sorted, the time taken.
        func finished() -> BuildReport {
            report.diagnostics.sort()
            report.seconds = Date().timeIntervalSince(started)
            return report
        }
        // Before anything else: a build replaces its output whole.
        report.diagnostics += OutputFolderCheck.problems(options)
        guard !report.hasErrors else { return finished() }
        SiteWriter.finishInterruptedCommit(output: options.output)
        var (config, configProblems) = SiteConfig.load(path: options.config)
        report.diagnostics += configProblems
        if let baseURL = options.baseURL { config.baseURL = baseURL }
        if config.baseURL == nil && options.warnsWithoutBaseURL {
            report.diagnostics.append(
                .warning(
                    "no base_url is set: feeds, the sitemap and the 404 page hold relative links, which readers "
                        + "and feed readers cannot follow from elsewhere; set base_url here or pass --base-url",
                    file: options.config))
        }
        config.editorView = options.editorView

        let (templateSet, templateProblems) = TemplateSet.load(
            folder: options.templates, displayPrefix: options.templates)
        report.diagnostics += templateProblems
        // Paths in the output name the content folder as the user wrote it; an absolute folder
        // is shown by its name, so the site does not depend on where it was built.
        let contentName =
            options.content.hasPrefix("/") ? URL(fileURLWithPath: options.content).lastPathComponent : options.content
        var clock = PhaseClock()
        if options.cacheFolder == nil { _ = preparingExtraction }
        let known = options.cacheFolder.map { folder in
            ContentLoader.Known(
                articles: ArticleCache.load(folder: folder),
                readingFacts: BackgroundValue { FactsCache.load(folder: folder) })
        }
        // Taken apart, so that the articles are handed on (`consume`) and their texts can go
        // once extracted.
        let (articles, loadProblems, knownFacts, learnt) = ContentLoader.load(
            folder: options.content, displayPrefix: contentName, known: known, willRead: { _ = preparingExtraction })
        let cache = known?.facts, articleCache = known?.articles
        report.diagnostics += loadProblems
        report.articleCount = articles.count
        guard let templates = templateSet, !(report.hasErrors && !options.keepGoing),
            !configProblems.contains(where: { $0.severity == .error })
        else { return finished() }
        clock.lap("load")
        // The writer takes the output now, so that it reads what the previous site looks like
        // on another core while merging and cross-referencing use one (see `OutputStamps`).
        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: options.output, manifestPath: options.resolvedManifestPath)
        } catch {
            report.diagnostics += Self.writeProblems(error, output: options.output)
            return finished()
        }
        clock.lap("prepare output")
        // Cache files are written beside the next phases; the build waits for them at its end.
        let saving = DispatchGroup()
        defer { saving.wait() }
        let ledger = IDLedger.read(folder: options.previousOutput ?? options.output)
        let site = Site.make(
            articles: consume articles, config: config, ledger: ledger, cache: cache, knownFacts: knownFacts,
            saving: saving,
            progress: options.progress)
        if let articleCache {
            DispatchQueue.global().async(group: saving) { articleCache.save(learnt) }
        }
        report.diagnostics += site.diagnostics
        report.incidentCount = site.archive.incidents.count
        report.factsToReview = site.archive.incidents.flatMap(FactToReview.list)
        if report.hasErrors && !options.keepGoing {
            writer.discard()
            return finished()
        }
        do {
            try write(site, templates: templates, writer: writer, cacheFolder: options.cacheFolder)
            report.wrote = true
        } catch {
            report.diagnostics += Self.writeProblems(error, output: options.output)
            report.outputIncomplete = (error as? BuildFailure)?.leftOutputIncomplete ?? false
        }
        if !options.releasesSiteAfterBuild { _ = Unmanaged.passRetained(SiteHolder(site)) }
        return finished()
    }

    /// What stopped the site from being written, as diagnostics.
    private static func writeProblems(_ error: any Error, output: String) -> [Diagnostic] {
        if let failure = error as? BuildFailure { return failure.diagnostics }
        return [.error("cannot write the site: \(error.localizedDescription)", file: output)]
    }

    /// Builds the extractor's gazetteer on another core, once per process: at the start of a
    /// build without a cache, else as soon as the loader meets an article it must read, so a
    /// rebuild with nothing to extract does not pay for it.
    private static let preparingExtraction: Void = DispatchQueue.global().async { FactExtractor.prepare() }

    /// Holds a site that is deliberately never freed (see `releasesSiteAfterBuild`).
    private final class SiteHolder {
        let site: Site
        init(_ site: Site) { self.site = site }
    }

    /// Renders every page through `writer` and commits; on failure the writer's staged files
    /// are thrown away and the previous site stays.
    static func write(_ site: Site, templates: TemplateSet, writer: SiteWriter, cacheFolder: String?) throws {
        var clock = PhaseClock()
        do {
            // Pages are fingerprinted only when the fingerprints can be kept for the next build.
            let keep: (@Sendable (String, ContentHash) -> Bool)? =
                writer.manifestPath == nil
                ? nil : { @Sendable path, inputs in writer.keepIfCurrent(path, inputs: inputs) }
            // Parts of the site-wide files are kept from build to build beside the facts.
            let partsFolder = writer.manifestPath == nil ? nil : cacheFolder
            try PageRenderer.render(site, templates: templates, keep: keep, partsFolder: partsFolder) {
                try writer.add($0, inputs: $1)
            }
            for asset in templates.assets { try writer.add(OutputFile("assets/" + asset.path, data: asset.data)) }
            clock.lap("render and stage")
            let changed = writer.files.values.filter { $0.staged }.count
            try writer.commit()
            clock.lap("commit (\(changed) changed)")
        } catch {
            writer.discard()
            throw error
        }
    }
}

extension BuildOptions {
    /// `manifestPath`, or `output-<hash of the output folder>.manifest` in `cacheFolder`.
    var resolvedManifestPath: String? {
        if let manifestPath { return manifestPath }
        guard let cacheFolder else { return nil }
        var hash = ContentHash()
        hash.add(URL(fileURLWithPath: output).standardizedFileURL.path)
        return cacheFolder + "/output-" + String(hash.low, radix: 16) + ".manifest"
    }
}
