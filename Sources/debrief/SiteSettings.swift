import ArgumentParser
import DebriefModel
import DebriefReader
import DebriefMetrics
import DebriefSite
import Foundation

/// Loading `debrief.yml` for a command, printing its diagnostics.
enum SiteSettings {
    /// `debrief.yml`'s path, the settings and what was wrong with them (nothing when there is no file).
    static func read(site: String) -> (path: String, config: SiteConfig, diagnostics: [Diagnostic]) {
        let path = (site as NSString).appendingPathComponent("debrief.yml")
        guard let data = FileManager.default.contents(atPath: path) else { return (path, SiteConfig(), []) }
        let (config, diagnostics) = SiteConfig.parse(String(decoding: data, as: UTF8.self))
        return (path, config, diagnostics)
    }

    /// The settings; their problems printed, and exit status 2 when any is an error.
    static func load(site: String) throws -> SiteConfig {
        try loadCounting(site: site).config
    }

    /// Like `load`, also counting the settings' warnings for a command's summary and `--strict`.
    static func loadCounting(site: String) throws -> (config: SiteConfig, warnings: Int) {
        let (path, config, diagnostics) = read(site: site)
        for diagnostic in diagnostics { Console.error(diagnostic.formatted(path: path)) }
        if diagnostics.contains(where: { $0.level == .error }) { throw ExitCode(2) }
        return (config, diagnostics.filter { $0.level == .warning }.count)
    }
}

/// Writing to standard error.
enum Console {
    static func error(_ line: String) {
        // Messages quote file names and document text: no escape sequence reaches the terminal.
        FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
    }
}

extension SiteSettings {
    /// `path` relative to `base` when it lies below it, for short messages.
    static func relative(_ path: String, to base: String) -> String {
        DisplayPath.relative(path, to: base)
    }

    /// CSS / JS files in the site's Templates/ that replace built-in assets of the same name.
    static func assetOverrides(site: String) -> [String: String] {
        SitePipeline.assetOverrides(in: (site as NSString).appendingPathComponent("Templates"))
    }
}

extension SiteSettings {
    /// A folder given on the command line: absolute as is, else relative to the site folder.
    static func path(_ folder: String, site: String) -> String {
        DisplayPath.under(folder, site: site)
    }
}

extension SiteSettings {
    /// Reads every postmortem under the site's content folder, or says why it cannot.
    static func loadContent(site: String, content: String, config: SiteConfig, renderBody: Bool, lint: PostmortemLint? = nil) throws -> [LoadedIncident] {
        let contentPath = path(content, site: site)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("\(contentPath): error: no content folder (put Markdown postmortems in \(content)/ or pass --content)")
            throw ExitCode(2)
        }
        let scan = ContentScan.markdownFiles(in: contentPath)
        for skipped in scan.skipped { Console.error("\(relative(skipped.path, to: site)): warning: \(skipped.reason)") }
        let paths = scan.files.map { (path: $0, display: relative($0, to: site)) }
        return SourceLoader(config: config, lint: lint).load(paths: paths, renderBody: renderBody)
    }
}
