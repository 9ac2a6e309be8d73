import ArgumentParser
import DebriefSite
import Foundation

/// `debrief clean`: removes the site's build cache, and the staging folder a cached build keeps beside `Output/`.
struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the build cache (.debrief-cache/ in the site folder).",
        discussion: """
        The next build reads and renders every postmortem again. Only a folder Debrief
        made (it holds Debrief's CACHEDIR.TAG) is removed; the output is left alone.
        The hidden staging folder a cached build keeps beside Output/ (the last tree
        swapped out, updated in place by the next build) is removed too, when Debrief made it.
        """
    )

    @Option(help: "The site folder (holding Content/, Templates/ and debrief.yml).")
    var site: String = "."

    func run() throws {
        let cache = BuildCache(site: site)
        do {
            let removed = try cache.remove()
            if try OutputWriter(output: DisplayPath.under("Output", site: site)).removeStaging() {
                Console.error("removed the staging folder beside \(SiteSettings.relative(DisplayPath.under("Output", site: site), to: "."))")
            }
            Console.error(removed ? "removed \(SiteSettings.relative(cache.folder, to: "."))" : "no build cache in \(SiteSettings.relative(site, to: "."))")
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
    }
}
