import ArgumentParser
import DebriefSite
import Foundation

/// `debrief init [DIR]`: start a site.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a site: debrief.yml, Content/ with an example postmortem, an empty Templates/, .gitignore.",
        discussion: """
        debrief.yml lists every setting, commented out at its default. Existing files are
        kept, never overwritten; a Content/ folder that already holds files is refused (exit 1).
        """
    )

    @Argument(help: "The site folder to create or fill (default: the current folder).", completion: .directory)
    var directory: String = "."

    func run() throws {
        do {
            for line in try SiteScaffold.create(in: directory) { print(line) }
        } catch let refusal as SiteScaffold.Refusal {
            Console.error(refusal.description)
            throw ExitCode(1)
        }
        print("next: debrief new \"Title\", then debrief check and debrief build")
    }
}
