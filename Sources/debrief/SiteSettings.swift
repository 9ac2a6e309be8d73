import ArgumentParser
import DebriefModel
import DebriefSite
import Foundation

/// Loading `debrief.yml` for a command, printing its diagnostics.
enum SiteSettings {
    static func load(site: String) throws -> SiteConfig {
        let path = (site as NSString).appendingPathComponent("debrief.yml")
        guard let data = FileManager.default.contents(atPath: path) else { return SiteConfig() }
        let (config, diagnostics) = SiteConfig.parse(String(decoding: data, as: UTF8.self))
        for diagnostic in diagnostics { Console.error(diagnostic.formatted(path: path)) }
        if diagnostics.contains(where: { $0.level == .error }) { throw ExitCode(2) }
        return config
    }
}

/// Writing to standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
